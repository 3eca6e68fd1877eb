using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction.Text;

public sealed class TextSpanTests
{
    [Theory]
    [InlineData(0, 10, 5, 15, 5)]
    [InlineData(5, 15, 0, 10, 5)]
    [InlineData(0, 10, 2, 4, 2)]
    [InlineData(0, 10, 10, 20, 0)]
    [InlineData(0, 5, 8, 9, 0)]
    public void IntersectionLength_CountsTheSharedCharacters(int start, int end, int otherStart, int otherEnd, int expected)
    {
        Assert.Equal(expected, new TextSpan(start, end).IntersectionLength(new TextSpan(otherStart, otherEnd)));
    }
}
