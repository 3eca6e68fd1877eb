namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>
/// A quote the speaker rules left without a speaker takes the claimant of the claim that holds it
/// ("Trump’s claim that there have been “thousands of shootings” in Chicago"): the claim's source
/// was found by the attribution tagger, which reads a wider context than the quote rules.
/// </summary>
internal static class QuoteSpeakerFromClaim
{
    public static void Apply(AnalysisDocument document)
    {
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            if (quote.Speaker is not null)
            {
                continue;
            }

            foreach (var claim in document.Claims)
            {
                if (claim.Claimant is { } claimant && claim.Span.Start <= quote.Span.Start && claim.Span.End >= quote.Span.End)
                {
                    document.Quotes[q] = quote with { Speaker = claimant, Cue = quote.Cue ?? claim.Cue };
                    break;
                }
            }
        }
    }
}
