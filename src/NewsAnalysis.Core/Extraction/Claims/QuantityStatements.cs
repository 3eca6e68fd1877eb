using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>Sentences that state numbers, as claims of their own.</summary>
internal static class QuantityStatements
{
    /// <summary>Sentences that state numbers ("a conflict in which more than 320,000 people have died") are claims too.</summary>
    public static void Add(AnalysisDocument document)
    {
        // The claims added here lie within their own sentence, so they hold no later sentence's numbers: the claims
        // found before are the ones to look up.
        var claims = new SpanCover(document.Claims.Select(c => c.Span).OrderBy(s => s.Start));
        var quotes = new SpanCover(document.RuleQuotes.Select(q => q.Span));
        foreach (var sentence in document.Sentences)
        {
            var quantities = QuantityParser.Parse(document.Text, document.Tokens, sentence.FirstToken, sentence.EndToken);
            quantities.RemoveAll(q => claims.AnyContains(q.Span));
            if (!quantities.Any(q => ContainsDigit(document.Text, q.Span)))
            {
                // "the two men": number words alone rarely make a statement worth checking.
                continue;
            }

            if (quantities.Count == 0 || FrameContent.Trim(document, sentence.FirstToken, sentence.EndToken) is not { } range)
            {
                continue;
            }

            // Numbers that no claim holds keep their sentence as a statement even where a reported claim
            // covers most of it ("hopes of … meant the Syrian conflict - in which more than 320,000 people
            // have died"): otherwise the figures would be lost. The evaluation counts the two as one statement
            // (PolNeAR dev and train figures unchanged).
            var span = new TextSpan(document.Tokens[range.First].Start, document.Tokens[range.End - 1].End);
            document.Claims.Add(new ExtractedClaim(span, null, SpeakerOfQuoteAround(document, quotes, span), quantities));
        }
    }

    private static bool ContainsDigit(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers inside someone's quote are that speaker's claim.</summary>
    private static Speaker? SpeakerOfQuoteAround(AnalysisDocument document, SpanCover quotes, TextSpan span) =>
        quotes.Near(span).Select(i => document.RuleQuotes[i])
            .FirstOrDefault(q => q.Span.Contains(span) || span.Contains(q.Span) && q.Span.Length * 2 > span.Length)?.Speaker;
}
