using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("U.S. Secretary", new[] { "U.S.", "Secretary" })]
    [InlineData("the U.N. said", new[] { "the", "U.N.", "said" })]
    [InlineData("Mr. Putin's visit", new[] { "Mr.", "Putin", "'s", "visit" })]
    [InlineData("Putin\u2019s visit", new[] { "Putin", "\u2019s", "visit" })]
    [InlineData("We don't know", new[] { "We", "do", "n't", "know" })]
    [InlineData("Ja'afari said", new[] { "Ja'afari", "said" })]
    [InlineData("pseudo-attempts to", new[] { "pseudo-attempts", "to" })]
    [InlineData("more than 320,000 people", new[] { "more", "than", "320,000", "people" })]
    [InlineData("20% of it", new[] { "20", "%", "of", "it" })]
    [InlineData("\u201CHello,\u201D he said.", new[] { "\u201C", "Hello", ",", "\u201D", "he", "said", "." })]
    [InlineData("Tillerson s visit", new[] { "Tillerson", "s", "visit" })]
    [InlineData("It cost $3.5 billion.", new[] { "It", "cost", "$", "3.5", "billion", "." })]
    public void Tokenize_SplitsLikeNewsTreebanks(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => t.Text).ToArray());
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }
}
