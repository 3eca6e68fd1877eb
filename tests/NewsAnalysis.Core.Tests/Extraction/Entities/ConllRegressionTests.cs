using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Entities;
using Xunit.Abstractions;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class ConllRegressionTests(ITestOutputHelper output)
{
    /// <summary>Overall F1 of the shipped model on eng.testa, rebuilt-text mode, from `evaluate-ner`.</summary>
    private const double RecordedRebuiltTextF1 = 91.61;
    private const double AllowedDrop = 0.5;

    [EvalDataFact("conll2003", "eng.testa")]
    public void ShippedModel_OnEngTesta_KeepsItsRecordedF1()
    {
        var testa = EvalData.Find("conll2003", "eng.testa")!;

        using var reader = new StreamReader(testa);
        var sentences = ConllReader.Read(reader);

        var scores = NerEvaluator.ScoreOnRebuiltText(EntityRecognizer.LoadDefault(), sentences);

        var overall = scores.Overall;
        output.WriteLine($"eng.testa rebuilt text: P {overall.Precision:F2} R {overall.Recall:F2} F1 {overall.F1:F2}");
        Assert.Equal(5942, overall.Gold);
        Assert.True(overall.F1 >= RecordedRebuiltTextF1 - AllowedDrop, $"F1 {overall.F1:F2} fell below {RecordedRebuiltTextF1} - {AllowedDrop}");
    }
}
