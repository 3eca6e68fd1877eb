using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Putin met U.S. officials.", "Putin|met|U.S.|officials|.")]
    [InlineData("Putin's aide didn't say.", "Putin|'s|aide|did|n't|say|.")]
    [InlineData("Chicago is batting .596 this year.", "Chicago|is|batting|.596|this|year|.")]
    [InlineData("a .45-calibre pistol", "a|.45-calibre|pistol")]
    [InlineData("(.5 percent)", "(|.5|percent|)")]
    [InlineData("It rose 3.5 percent.", "It|rose|3.5|percent|.")]
    [InlineData("He left.5 were hurt.", "He|left|.|5|were|hurt|.")]
    [InlineData("Wal-Mart sold 1,000 shares", "Wal-Mart|sold|1,000|shares")]
    public void Tokenize_SplitsNewsText(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join("|", tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }
}
