using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>
/// A quote the speaker rules left without a speaker takes the claimant of the claim that holds it
/// ("Trump’s claim that there have been “thousands of shootings” in Chicago"), else the source the
/// attribution tagger gave the quote itself ("The ad claims “…”", "“…,” said one person with knowledge
/// of the talks"): the tagger reads a wider context than the quote rules.
/// </summary>
internal static class QuoteSpeakerFromClaim
{
    /// <summary>
    /// <paramref name="quote"/> as it is, or with the claimant (and cue) of the claim holding it, else of the tagger's
    /// attribution whose content it is (<see cref="AnalysisDocument.QuotedAttributions"/>).
    /// </summary>
    public static ExtractedQuote Complete(AnalysisDocument document, ExtractedQuote quote)
    {
        if (quote.Speaker is not null)
        {
            return quote;
        }

        return (Holding(document.Claims, quote.Span) ?? Holding(document.QuotedAttributions, quote.Span)) is { } claim
            ? quote with { Speaker = claim.Claimant, Cue = quote.Cue ?? claim.Cue }
            : quote;
    }

    /// <summary>The first claim with a claimant over at least half of <paramref name="quote"/>.</summary>
    private static ExtractedClaim? Holding(IReadOnlyList<ExtractedClaim> claims, TextSpan quote)
    {
        foreach (var claim in claims)
        {
            if (claim.Claimant is not null && 2 * claim.Span.IntersectionLength(quote) >= quote.Length)
            {
                return claim;
            }
        }

        return null;
    }
}
