using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Quotes;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class QuoteSpeakerFromClaimTests
{
    private const string Text = "Mayor Ada Quist’s claim that there were “hundreds of closures” in May was wrong, the auditor said.";

    [Fact]
    public void AQuoteWithoutSpeaker_TakesTheClaimantOfTheClaimHoldingIt()
    {
        var document = new AnalysisDocument(Text);
        var quote = Span("hundreds of closures");
        var claimant = new Speaker(Span("Mayor Ada Quist"), 3, "Ada Quist");
        var cue = Span("claim");
        document.Claims.Add(new ExtractedClaim(Span("there were “hundreds of closures” in May"), cue, claimant, []));

        var completed = QuoteSpeakerFromClaim.Complete(document, new ExtractedQuote(quote, null, null));

        Assert.Equal(new ExtractedQuote(quote, cue, claimant), completed);
    }

    [Fact]
    public void AQuoteWithASpeaker_OrOutsideEveryClaim_IsLeftAlone()
    {
        var document = new AnalysisDocument(Text);
        var auditor = new Speaker(Span("the auditor"), null, "the auditor");
        var withSpeaker = new ExtractedQuote(Span("hundreds of closures"), Span("said"), auditor);
        var outside = new ExtractedQuote(Span("was wrong"), null, null);
        document.Claims.Add(new ExtractedClaim(Span("there were “hundreds of closures” in May"), Span("claim"), new Speaker(Span("Mayor Ada Quist"), 3, "Ada Quist"), []));
        document.Claims.Add(new ExtractedClaim(Span("Quist’s claim that there were “hundreds of closures” in May was wrong"), Span("said"), null, []));

        Assert.Equal(withSpeaker, QuoteSpeakerFromClaim.Complete(document, withSpeaker));
        Assert.Equal(outside, QuoteSpeakerFromClaim.Complete(document, outside));
    }

    [Fact]
    public void AQuoteWithoutSpeaker_TakesTheSourceTheTaggerGaveTheQuoteItself()
    {
        const string text = "The ad claims “Ada Quist is the candidate you can trust.”";
        var document = new AnalysisDocument(text);
        var quote = new TextSpan(text.IndexOf("Ada", StringComparison.Ordinal), text.IndexOf('.', StringComparison.Ordinal) + 1);
        var cue = new TextSpan(7, 13);
        var theAd = new Speaker(new TextSpan(0, 6), null, "The ad");
        document.QuotedAttributions.Add(new ExtractedClaim(new TextSpan(quote.Start - 1, text.Length), cue, theAd, []));

        var completed = QuoteSpeakerFromClaim.Complete(document, new ExtractedQuote(quote, null, null));

        Assert.Equal(new ExtractedQuote(quote, cue, theAd), completed);
    }

    private static TextSpan Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }
}
