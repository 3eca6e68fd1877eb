using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>Resolves a pronoun that names a source to the person it stands for.</summary>
internal static class PronounResolver
{
    private const int PronounWindowParagraphs = 2;

    /// <summary>
    /// "he" and "she" stand for the latest person named outside quotes in this or the two previous
    /// paragraphs, "it" for the latest organisation; other pronouns stay unresolved.
    /// </summary>
    public static Speaker Resolve(AnalysisDocument document, int token)
    {
        var t = document.Tokens[token];
        var text = t.Text;
        if (text.Equals("he", StringComparison.OrdinalIgnoreCase) || text.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            var paragraph = document.ParagraphIndexAt(t.Start);
            var windowStart = document.Paragraphs[Math.Max(0, paragraph - PronounWindowParagraphs)].Start;
            for (var m = document.Mentions.Count - 1; m >= 0; m--)
            {
                var mention = document.Mentions[m];
                if (mention.Span.Start >= t.Start || mention.Type != EntityType.Person || document.IsQuoted(mention.Span.Start))
                {
                    continue;
                }

                if (mention.Span.Start < windowStart)
                {
                    break;
                }

                return new Speaker(t.Span, mention.Entity, document.Entities[mention.Entity].Name);
            }
        }

        // "it added", "what it calls": an organisation, the latest one named outside quotes nearby.
        if (text.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            var paragraph = document.ParagraphIndexAt(t.Start);
            var windowStart = document.Paragraphs[Math.Max(0, paragraph - PronounWindowParagraphs)].Start;
            var organization = document.Mentions.LastOrDefault(m => m.Span.Start < t.Start && m.Span.Start >= windowStart
                && m.Type == EntityType.Organization && !document.IsQuoted(m.Span.Start));
            if (organization is { Entity: >= 0 })
            {
                return new Speaker(t.Span, organization.Entity, document.Entities[organization.Entity].Name);
            }
        }

        return new Speaker(t.Span, null, text);
    }
}
