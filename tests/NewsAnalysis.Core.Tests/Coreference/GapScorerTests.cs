using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Training.Coreference;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Core.Tests.Coreference;

public sealed class GapScorerTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules);

    [Fact]
    public void Reader_ReadsGapRows()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\tURL\n"
            + "dev-1\tAnna Berg met Tom Ray. She left.\tShe\t23\tAnna Berg\t0\tTRUE\tTom Ray\t14\tFALSE\thttp://x\n");
        try
        {
            var row = Assert.Single(GapReader.Read(path));

            Assert.Equal(new GapExample("dev-1", "Anna Berg met Tom Ray. She left.", "She", 23, "Anna Berg", 0, true, "Tom Ray", 14, false), row);
            Assert.False(row.IsMasculine);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Prediction_NamesTheEntityOfThePronoun_AndScoresTheCoreferentClass()
    {
        var rows = new[]
        {
            new GapExample("r1", "Anna Berg met Tom Ray. She left.", "She", 23, "Anna Berg", 0, true, "Tom Ray", 14, false),
            new GapExample("r2", "Anna Berg met Tom Ray. She left.", "She", 23, "Anna Berg", 0, false, "Tom Ray", 14, true),
        };

        var scores = GapScorer.Score(Pipeline, rows);

        Assert.All(scores.Predictions, p => Assert.True(p.A && !p.B));
        Assert.Equal((2, 2, 1), (scores.Overall.Gold, scores.Overall.Predicted, scores.Overall.Matched));
        Assert.Equal(0.5, scores.Feminine.F1, 3);
        Assert.Equal(0, scores.Masculine.Gold);
        Assert.Equal(new GapOutcomes(1, 1, 0, 0), scores.Outcomes);
        Assert.All(scores.Predictions, p => Assert.Equal("Anna Berg", p.ResolvedTo));
    }

    [Fact]
    public void Outcomes_TellTheOtherName_AThirdEntity_AndNoneApart()
    {
        static GapPrediction Row(string id, bool a, bool b, string? resolvedTo, bool masculine = false) =>
            new(new GapExample(id, "…", masculine ? "he" : "she", 0, "A", 0, true, "B", 0, false), a, b, resolvedTo, GapReach.Apart);

        var scores = new GapScores(
        [
            Row("right", a: true, b: false, "A"),
            Row("other", a: false, b: true, "B"),
            Row("third", a: false, b: false, "C", masculine: true),
            Row("none", a: false, b: false, null),
        ]);

        Assert.Equal(new GapOutcomes(1, 1, 1, 1), scores.Outcomes);
        Assert.Equal((new GapOutcomes(0, 0, 1, 0), new GapOutcomes(1, 1, 0, 1)), scores.OutcomesByGender);
    }
}
