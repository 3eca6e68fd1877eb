using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Core.Tests.Extraction.Quotes;

/// <summary>A short quotation nobody is said to speak sets off a term; with a speaker it stays a quote.</summary>
public sealed class ScareQuotesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static string[] Quotes(string text)
    {
        var document = Pipeline.Analyze(text);
        return [.. document.Quotes.Select(q => document.TextOf(q.Span))];
    }

    [Theory]
    [InlineData("The new rules on \u201Csuper PACs\u201D take effect next week.")]
    [InlineData("The bill would end the so-called \"carried interest\" loophole for fund managers.")]
    public void ShortQuotationWithoutSpeaker_IsNoQuote(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Theory]
    [InlineData("\u201CEnough,\u201D Mayor Ines Duarte said.", "Enough,")]
    [InlineData("Mayor Ines Duarte called the plan \u201Ca disgrace\u201D on Monday.", "a disgrace")]
    [InlineData("The new rules on \u201Csuper PACs and their donors\u201D take effect next week.", "super PACs and their donors")]
    public void QuotationWithASpeakerOrOfFourWords_StaysAQuote(string text, string quote)
    {
        Assert.Equal([quote], Quotes(text));
    }
}
