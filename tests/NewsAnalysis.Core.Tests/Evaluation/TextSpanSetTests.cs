namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class TextSpanSetTests
{
    [Theory]
    [InlineData("0-10", "0-10", 1.0)]
    [InlineData("0-10", "5-15", 5.0 / 15)]
    [InlineData("0-10", "10-20", 0.0)]
    [InlineData("0-10", "2-8", 0.6)]
    [InlineData("0-10;20-30", "0-30", 20.0 / 30)]
    [InlineData("0-10;20-30", "5-25", 10.0 / 30)]
    [InlineData("20-30;0-10", "0-10;20-30", 1.0)]
    [InlineData("0-10;5-15", "0-15", 1.0)]
    [InlineData("", "", 0.0)]
    [InlineData("0-10", "", 0.0)]
    public void IntersectionOverUnion_CountsTheCharactersOfAllFragments(string a, string b, double expected)
    {
        Assert.Equal(expected, Spans.Set(a).IntersectionOverUnion(Spans.Set(b)), 9);
        Assert.Equal(expected, Spans.Set(b).IntersectionOverUnion(Spans.Set(a)), 9);
    }

    [Theory]
    [InlineData("20-30;0-10", "0-10;20-30", 20)]
    [InlineData("0-10;5-15;15-18", "0-18", 18)]
    [InlineData("5-5;7-9", "7-9", 2)]
    public void Constructor_SortsAndMergesFragments(string ranges, string expected, int length)
    {
        var set = Spans.Set(ranges);

        Assert.Equal(expected, Spans.Format(set.Ranges));
        Assert.Equal(length, set.Length);
    }

    [Theory]
    [InlineData("0-10;20-30", "12-15", false)]
    [InlineData("0-10;20-30", "9-12", true)]
    [InlineData("0-10;20-30", "30-31", false)]
    [InlineData("0-10;20-30", "25-26", true)]
    public void Overlaps_IsTrueWhenAnyFragmentSharesACharacter(string ranges, string span, bool expected)
    {
        Assert.Equal(expected, Spans.Set(ranges).Overlaps(Spans.One(span)));
    }
}
