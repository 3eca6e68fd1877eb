using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class MatchCountsTests
{
    [Theory]
    [InlineData(10, 8, 6, 5, 4, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35, 0.8)]
    [InlineData(10, 10, 10, 10, 10, 1.0, 1.0, 1.0, 1.0)]
    [InlineData(0, 0, 0, 0, 0, 0.0, 0.0, 0.0, 0.0)]
    [InlineData(5, 0, 0, 0, 0, 0.0, 0.0, 0.0, 0.0)]
    [InlineData(0, 5, 0, 0, 0, 0.0, 0.0, 0.0, 0.0)]
    [InlineData(4, 4, 2, 0, 0, 0.5, 0.5, 0.5, 0.0)]
    public void Ratios_FollowTheCountsAndAreZeroWhenUndefined(
        int gold, int predicted, int matched, int judged, int correct,
        double precision, double recall, double f1, double sourceAccuracy)
    {
        var counts = new MatchCounts(gold, predicted, matched, judged, correct);

        Assert.Equal(precision, counts.Precision, 9);
        Assert.Equal(recall, counts.Recall, 9);
        Assert.Equal(f1, counts.F1, 9);
        Assert.Equal(sourceAccuracy, counts.SourceAccuracy, 9);
    }

    [Fact]
    public void Sum_MicroAveragesByAddingCountsBeforeDividing()
    {
        // Article one: P 1/1, article two: P 1/3. Micro precision is 2/4, not the mean 2/3.
        var total = new MatchCounts(1, 1, 1, 1, 1) + new MatchCounts(1, 3, 1, 1, 0);

        Assert.Equal(new MatchCounts(2, 4, 2, 2, 1), total);
        Assert.Equal(0.5, total.Precision, 9);
        Assert.Equal(0.5, total.SourceAccuracy, 9);
    }
}
