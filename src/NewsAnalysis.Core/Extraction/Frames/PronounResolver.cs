using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>Resolves a pronoun or relative word that names a source to the person or body it stands for.</summary>
internal static class PronounResolver
{
    private const int PronounWindowParagraphs = 2;

    /// <summary>How far back an apposition between a name and its relative word may reach.</summary>
    private const int MaxAppositionTokens = 16;

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

    /// <summary>
    /// The name a relative word stands for: the name right before it ("Trump, who"), or a person's name before an
    /// apposition ("Marc Morial, the chief executive of the National Urban League, who"). Null when neither.
    /// </summary>
    public static EntityMention? RelativeAntecedent(AnalysisDocument document, int relative)
    {
        var tokens = document.Tokens;
        var comma = tokens[relative - 1].Text == ",";
        var adjacent = document.MentionEndingAt(comma ? relative - 1 : relative);
        if (comma && adjacent?.Type != EntityType.Person)
        {
            // "NAME, the chief executive of the League, who": the apposition describes the person before it.
            var sentenceStart = document.Sentences[document.SentenceIndexOfToken(relative)].FirstToken;
            for (var c = relative - 2; c > sentenceStart && c >= relative - MaxAppositionTokens; c--)
            {
                if (tokens[c].Text == "," && char.IsLower(tokens[c + 1].Text[0])
                    && document.MentionEndingAt(c) is { Type: EntityType.Person, Entity: >= 0 } person)
                {
                    return person;
                }
            }
        }

        return adjacent is { Entity: >= 0 } ? adjacent : null;
    }
}
