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
    /// <param name="quotedContents">The tagger's attributions whose content is wholly a quotation.</param>
    public static void Apply(AnalysisDocument document, IReadOnlyList<ExtractedClaim> quotedContents)
    {
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            if (quote.Speaker is not null)
            {
                continue;
            }

            if ((Holding(document.Claims, quote.Span) ?? Holding(quotedContents, quote.Span)) is { } claim)
            {
                document.Quotes[q] = quote with { Speaker = claim.Claimant, Cue = quote.Cue ?? claim.Cue };
            }
        }
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
