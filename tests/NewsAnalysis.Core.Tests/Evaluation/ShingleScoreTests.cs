using NewsAnalysis.Training.Pages;

namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class ShingleScoreTests
{
    [Fact]
    public void Shingles_AreFourConsecutiveWordTokens_CountedWithRepeats()
    {
        var shingles = ShingleScore.Shingles("One, two; three four—five. One two three four!");

        Assert.Equal(5, shingles.Count);
        Assert.Equal(2, shingles["One two three four"]);
        Assert.Equal(1, shingles["two three four five"]);
        Assert.Equal(1, shingles["four five One two"]);
    }

    [Theory]
    // expected, predicted, TP, FP, FN (each a share of their sum)
    [InlineData("a b c d e", "a b c d e", 1.0, 0.0, 0.0)]
    [InlineData("a b c d e", "a b c d", 0.5, 0.0, 0.5)]
    [InlineData("a b c d", "a b c d e", 0.5, 0.5, 0.0)]
    [InlineData("a b c d", "w x y z", 0.0, 0.5, 0.5)]
    [InlineData("a b c d a b c d", "a b c d", 0.2, 0.0, 0.8)]
    [InlineData("", "", 1.0, 0.0, 0.0)]
    [InlineData("too short", "also", 1.0, 0.0, 0.0)]
    public void Compare_NormalisesTruePositivesAndErrorsPerPage(string expected, string predicted, double tp, double fp, double fn)
    {
        var score = ShingleScore.Compare(expected, predicted);

        Assert.Equal(tp, score.TruePositive, 6);
        Assert.Equal(fp, score.FalsePositive, 6);
        Assert.Equal(fn, score.FalseNegative, 6);
    }

    [Fact]
    public void Compare_OfNothingExtracted_GivesZeroPrecisionAndRecall()
    {
        var score = ShingleScore.Compare("the story has four words and more", "");

        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
    }

    [Fact]
    public void Compare_IgnoresPunctuationAndWhiteSpaceBetweenTokens()
    {
        var score = ShingleScore.Compare("Para one has words.\n\nPara two too.", "Para one has words Para two too");

        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void Average_TakesPrecisionAndRecallOverPages_AndF1FromTheAverages()
    {
        var pages = new[]
        {
            ShingleScore.Compare("a b c d e", "a b c d e"), // P 1, R 1
            ShingleScore.Compare("a b c d e f", "a b c d"), // P 1, R 1/3
            ShingleScore.Compare("a b c d", "w x y z"), // P 0, R 0
            ShingleScore.Compare("", ""), // counts 1
        };

        var scores = ExtractionScores.Average(pages);

        Assert.Equal(4, scores.Pages);
        Assert.Equal(0.75, scores.Precision, 6);
        Assert.Equal((1 + 1.0 / 3 + 0 + 1) / 4, scores.Recall, 6);
        Assert.Equal(2 * 0.75 * scores.Recall / (0.75 + scores.Recall), scores.F1, 6);
    }
}
