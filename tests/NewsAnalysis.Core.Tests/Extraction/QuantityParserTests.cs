using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("in which more than 320,000 people have died", "more than 320,000 people", 320000, "people", "more than")]
    [InlineData("which killed 89 people", "89 people", 89, "people", null)]
    [InlineData("that killed more than 80.", "more than 80", 80, null, "more than")]
    [InlineData("destroyed 20% of the aircraft", "20%", 20, "percent", null)]
    [InlineData("rose 3.5 percent", "3.5 percent", 3.5, "percent", null)]
    [InlineData("a loan of $1.2 billion", "$1.2 billion", 1_200_000_000, "USD", null)]
    [InlineData("nearly 2 million refugees", "nearly 2 million refugees", 2_000_000, "refugees", "nearly")]
    [InlineData("the six-year conflict", "six-year", 6, "year", null)]
    [InlineData("at least 12 soldiers", "at least 12 soldiers", 12, "soldiers", "at least")]
    public void Parse_ReadsValueUnitAndApproximation(string text, string expectedText, double value, string? unit, string? approximation)
    {
        var tokens = Tokenizer.Tokenize(text);
        var quantity = Assert.Single(QuantityParser.Parse(text, tokens, 0, tokens.Count));
        Assert.Equal(expectedText, text[quantity.Span.Start..quantity.Span.End]);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(approximation, quantity.Approximation);
    }

    [Theory]
    [InlineData("the April 4 attack")]
    [InlineData("its 2003 intervention in Iraq")]
    [InlineData("in the 1990s")]
    [InlineData("one of the men")]
    [InlineData("two of them said")]
    public void Parse_IgnoresDatesYearsAndBareNumberWords(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Empty(QuantityParser.Parse(text, tokens, 0, tokens.Count));
    }
}
