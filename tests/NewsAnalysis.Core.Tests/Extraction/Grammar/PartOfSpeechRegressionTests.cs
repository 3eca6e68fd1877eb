using NewsAnalysis.Training.Grammar;
using Xunit.Abstractions;

namespace NewsAnalysis.Core.Tests.Extraction.Grammar;

public sealed class PartOfSpeechRegressionTests(ITestOutputHelper output)
{
    /// <summary>Token accuracy of the shipped model on eng.testa, gold tokens, from `evaluate-pos`.</summary>
    private const double RecordedAccuracy = 0.9596;
    private const double AllowedDrop = 0.002;

    [EvalDataFact("conll2003", "eng.testa")]
    public void ShippedModel_OnEngTesta_KeepsItsRecordedAccuracy()
    {
        var testa = EvalData.Find("conll2003", "eng.testa")!;

        using var reader = new StreamReader(testa);
        var sentences = ConllPartOfSpeechReader.Read(reader);

        var accuracy = PartOfSpeechEvaluator.ScoreOnGoldTokens(PartOfSpeechTagger.LoadDefault(), sentences);

        output.WriteLine($"eng.testa gold tokens: accuracy {accuracy.Accuracy:P2} ({accuracy.Correct} of {accuracy.Tokens})");
        Assert.Equal(51362, accuracy.Tokens);
        Assert.True(accuracy.Accuracy >= RecordedAccuracy - AllowedDrop, $"accuracy {accuracy.Accuracy:P2} fell below {RecordedAccuracy:P2} - {AllowedDrop:P1}");
    }
}
