using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class CodePointOffsetsTests
{
    [Theory]
    [InlineData("plain text", 0, 0)]
    [InlineData("plain text", 6, 6)]
    [InlineData("plain text", 10, 10)]
    [InlineData("“curly” é", 9, 9)]
    [InlineData("a😀b", 1, 1)]
    [InlineData("a😀b", 2, 3)]
    [InlineData("a😀b", 3, 4)]
    [InlineData("😀😀 said", 2, 4)]
    [InlineData("😀😀 said", 7, 9)]
    [InlineData("𝐓𝐫𝐮𝐦𝐩 said", 6, 11)]
    public void ToUtf16_ShiftsByOnePerEarlierCharacterOutsideTheBmp(string text, int codePoint, int expectedUtf16)
    {
        Assert.Equal(expectedUtf16, new CodePointOffsets(text).ToUtf16(codePoint));
    }

    [Theory]
    [InlineData("plain", 5)]
    [InlineData("a😀b", 3)]
    [InlineData("😀😀", 2)]
    [InlineData("", 0)]
    public void CodePointCount_CountsASurrogatePairOnce(string text, int expected)
    {
        Assert.Equal(expected, new CodePointOffsets(text).CodePointCount);
    }

    [Theory]
    [InlineData("a😀b", 4)]
    [InlineData("abc", -1)]
    public void ToUtf16_RejectsOffsetsOutsideTheText(string text, int codePoint)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodePointOffsets(text).ToUtf16(codePoint));
    }

    [Theory]
    [InlineData("Trump 😀 said “we will win” today.", "T1\tContent 14 25\twe will win", "we will win")]
    [InlineData("😀😀 Trump said it.", "T1\tContent 3 8\tTrump", "Trump")]
    [InlineData("😀 “Big,” he said 🇺🇸, “very big.”", "T1\tContent 3 7;22 31\tBig, … very big.", "Big,|very big.")]
    public void FromBrat_ConvertsAnnotatedOffsetsToTheSameCharacters(string text, string textBound, string expected)
    {
        var annotations = BratReader.Parse(textBound + "\nE1\tAttribution:T2 Content:T1\n");

        var article = PolnearArticle.FromBrat("test", text, annotations);

        var content = Assert.Single(article.Attributions).Content;
        Assert.Equal(expected, string.Join("|", content.Ranges.Select(r => text[r.Start..r.End])));
    }
}
