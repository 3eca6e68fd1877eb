using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Core.Tests.Extraction.Quotes;

/// <summary>Which words a quote's speaker is read from: the mention that the text attaches to this quote.</summary>
public sealed class QuoteSpeakerTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static (string Quote, string? Mention)[] Quotes(string text)
    {
        var document = Pipeline.Analyze(text);
        return document.Quotes
            .Select(q => (document.TextOf(q.Span), q.Speaker is null ? null : document.TextOf(q.Speaker.Mention)))
            .ToArray();
    }

    [Theory]
    [InlineData("\"Taxes will rise,\" Rep. Dana Whitfield (D-Ore.) said on Monday.", "Dana Whitfield")]
    [InlineData("\"Taxes will rise,\" Sen. Owen Marsh (Vt.) said.", "Owen Marsh")]
    [InlineData("\"Taxes will rise,\" Rep. Dana Whitfield (D-Ore.), a member of the panel, said.", "Dana Whitfield")]
    public void Quote_BeforeANameWithPartyAndState_IsAttributedToTheName(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(("Taxes will rise,", mention), found);
    }
}
