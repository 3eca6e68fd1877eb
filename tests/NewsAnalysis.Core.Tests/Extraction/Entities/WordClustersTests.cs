using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class WordClustersTests
{
    [Theory]
    [InlineData("0110", 2, "01")]
    [InlineData("0110", 4, "0110")]
    [InlineData("01", 6, "01")]
    [InlineData("1", 1, "1")]
    public void Prefix_KeepsTheFirstChoicesOrTheWholeShorterPath(string bits, int depth, string expected)
    {
        Assert.Equal(HeapIndex(expected), WordClusters.Prefix(HeapIndex(bits), depth));
    }

    [Fact]
    public void WriteThenRead_FindsBothTreesByTheRecognisersWordKey()
    {
        using var stream = new MemoryStream();
        WordClusters.Write(stream, [("berlin", "0110", "10"), ("said", "1", string.Empty)]);
        stream.Position = 0;

        var clusters = WordClusters.Read(stream);

        // Looked up by the lower-cased key, so "Berlin" and "BERLIN" share the row.
        var berlin = clusters.Lookup(TokenProfile.Of("Berlin").Key);
        Assert.Equal(HeapIndex("0110"), (uint)berlin);
        Assert.Equal(HeapIndex("10"), (uint)(berlin >> 32));
        Assert.Equal(berlin, clusters.Lookup(TokenProfile.Of("BERLIN").Key));
        Assert.Equal((ulong)HeapIndex("1"), clusters.Lookup(TokenProfile.Of("said").Key));
        Assert.Equal(0UL, clusters.Lookup(TokenProfile.Of("Brannick").Key));
    }

    [Fact]
    public void Normalize_LowerCasesAndWritesDigitsAsZero()
    {
        Assert.Equal("b00 in 0000", WordClusterBuilder.Normalize("B52 in 1996"));
    }

    [Fact]
    public void UnseenScore_CountsOnlyEntitiesWhoseTextNeverWasATrainingEntity()
    {
        var training = new[] { Sentence(["Putin", "met", "Merkel"], (0, EntityType.Person), (2, EntityType.Person)) };
        var test = new[] { Sentence(["Putin", "met", "Brannick"], (0, EntityType.Person), (2, EntityType.Person)) };
        var recognizer = EntityRecognizerTrainer.Train(training, new NerTrainingOptions { Epochs = 3, GazetteerFolds = 1, Clusters = WordClusters.Empty });

        var scores = NerEvaluator.ScoreOnGoldTokens(recognizer, test, NerEvaluator.EntityTexts(training));

        Assert.Equal(2, scores.Overall.Gold);
        Assert.Equal(1, scores.Unseen.Gold); // "Brannick"
        Assert.True(scores.Unseen.Predicted <= scores.Overall.Predicted);
    }

    private static uint HeapIndex(string bits) => bits.Aggregate(1u, (path, bit) => (path << 1) | (bit == '1' ? 1u : 0u));

    private static TaggedSentence Sentence(string[] tokens, params (int Token, EntityType Type)[] entities) =>
        new(tokens, entities.Select(e => new RecognizedEntity(e.Token, e.Token + 1, e.Type)).ToList(), 0);
}
