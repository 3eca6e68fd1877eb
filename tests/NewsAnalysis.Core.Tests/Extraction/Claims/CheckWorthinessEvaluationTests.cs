using NewsAnalysis.Training.CheckWorthiness;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class CheckWorthinessEvaluationTests
{
    private static readonly (double Score, bool CheckWorthy)[] Scored =
    [
        (0.9, true), (0.8, true), (0.7, false), (0.6, true), (0.2, false), (0.1, false),
    ];

    [Theory]
    [InlineData(0.65, 2, 1, 1, 2)]
    [InlineData(0.5, 3, 1, 0, 2)]
    [InlineData(0.95, 0, 0, 3, 3)]
    public void FromScores_CountsScoresAtOrAboveThresholdAsCheckWorthy(double threshold, int tp, int fp, int fn, int tn)
    {
        var evaluation = CheckWorthinessEvaluation.FromScores(Scored, threshold);

        Assert.Equal(new CheckWorthinessEvaluation(tp, fp, fn, tn), evaluation);
    }

    [Fact]
    public void F1_IsHarmonicMeanOfPrecisionAndRecall()
    {
        var evaluation = new CheckWorthinessEvaluation(TruePositives: 3, FalsePositives: 1, FalseNegatives: 2, TrueNegatives: 10);

        Assert.Equal(0.75, evaluation.Precision, 10);
        Assert.Equal(0.6, evaluation.Recall, 10);
        Assert.Equal(2 * 0.75 * 0.6 / (0.75 + 0.6), evaluation.F1, 10);
    }

    [Fact]
    public void F1_WithNoPredictionsAndNoPositives_IsZero() =>
        Assert.Equal(0.0, new CheckWorthinessEvaluation(0, 0, 0, 5).F1);

    [Fact]
    public void BestF1Threshold_CutsHalfwayBetweenScoresAtTheBestCut()
    {
        // Calling the top four check-worthy gives F1 6/7, better than any other cut.
        var threshold = CheckWorthinessEvaluation.BestF1Threshold(Scored);

        Assert.Equal(0.4, threshold, 10);
    }
}
