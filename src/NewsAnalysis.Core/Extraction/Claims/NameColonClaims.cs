using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>Headline-style statements: "Graham: Trump’s rhetoric destroying GOP’s chances".</summary>
internal static class NameColonClaims
{
    /// <summary>
    /// A paragraph that opens with a name and a colon is that person's or organisation's statement, as in
    /// headlines ("Graham: Trump’s rhetoric destroying GOP’s chances", "Poll: Clinton and Trump in dead
    /// heat"). Section labels ("The Latest:") name no one and make no claim; quoted words after the colon
    /// are a quote, not a claim.
    /// </summary>
    public static void Add(AnalysisDocument document)
    {
        const int MaxLabelTokens = 6;
        var tokens = document.Tokens;
        foreach (var paragraph in document.Paragraphs)
        {
            var first = document.TokenIndexAtOrAfter(paragraph.Start);
            var end = document.TokenIndexAtOrAfter(paragraph.End);
            var colon = -1;
            for (var t = first + 1; t < Math.Min(end, first + MaxLabelTokens + 1); t++)
            {
                if (tokens[t].Text == ":")
                {
                    colon = t;
                    break;
                }
            }

            if (colon < 0 || document.IsQuoted(tokens[colon].Start) || Source(document, first, colon) is not { } source)
            {
                continue;
            }

            var sentenceEnd = document.Sentences[document.SentenceIndexOfToken(colon)].EndToken;
            if (FrameContent.Trim(document, colon + 1, Math.Min(end, sentenceEnd)) is not { } range || ClaimExtractionStep.IsWhollyQuoted(document, range))
            {
                continue;
            }

            var span = new TextSpan(tokens[range.First].Start, tokens[range.End - 1].End);
            if (!ClaimExtractionStep.RestatesClaim(document, document.Claims.Count, span))
            {
                var quantities = QuantityParser.Parse(document.Text, tokens, range.First, range.End);
                document.Claims.Add(new ExtractedClaim(span, tokens[colon].Span, source, quantities));
            }
        }

        // The whole label is a person or organisation ("Sen. Lindsey Graham:", "Clinton camp:" is not), or
        // a poll or report.
        static Speaker? Source(AnalysisDocument document, int first, int colon)
        {
            var mention = document.MentionEndingAt(colon);
            if (mention is { Type: EntityType.Person or EntityType.Organization } && mention.FirstToken <= first + 2)
            {
                return document.SpeakerOf(mention);
            }

            return colon == first + 1 && CueLexicon.DocumentSources.Contains(document.Tokens[first].Text)
                ? new Speaker(document.Tokens[first].Span, null, document.Tokens[first].Text)
                : null;
        }
    }
}
