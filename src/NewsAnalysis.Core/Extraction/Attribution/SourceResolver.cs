using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Turns tagged source words into a <see cref="Speaker"/>: the article entity when the words are or end
/// with a name ("Sen. Ted Cruz", "a spokesman for Clinton" stays the spokesman), the person a "he" or
/// "she" stands for, the name before "who"/"which", or else the words themselves.
/// </summary>
internal static class SourceResolver
{
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "i", "we", "me", "us", "my", "our" };

    public static Speaker Resolve(AnalysisDocument document, int first, int end)
    {
        var tokens = document.Tokens;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        var mention = document.MentionEndingAt(end);
        if (mention is not null && mention.FirstToken >= first && mention.Entity >= 0)
        {
            return new Speaker(span, mention.Entity, document.Entities[mention.Entity].Name);
        }

        // "Hugh Hill, a doctor at the hospital": the name before the apposition speaks.
        var leading = document.MentionStartingAt(first);
        if (leading is { Type: EntityType.Person, Entity: >= 0 } && leading.EndToken < end && tokens[leading.EndToken].Text == ",")
        {
            return new Speaker(span, leading.Entity, document.Entities[leading.Entity].Name);
        }

        var text = document.TextOf(span);
        if (end - first == 1)
        {
            if (text.Equals("he", StringComparison.OrdinalIgnoreCase) || text.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return PronounResolver.Resolve(document, first);
            }

            if (text is "who" or "which" or "that" && first >= 2 && PronounResolver.RelativeAntecedent(document, first) is { } named)
            {
                return new Speaker(span, named.Entity, document.Entities[named.Entity].Name);
            }

            // "I", "we" inside a quotation: the quote's speaker.
            if (FirstPerson.Contains(text) && document.IsQuoted(tokens[first].Start)
                && document.RuleQuotes.FirstOrDefault(q => q.Span.Contains(tokens[first].Span))?.Speaker is { Entity: { } quoted } speaker)
            {
                return new Speaker(span, quoted, speaker.Name);
            }

            // "his", "her": the person the coreference step resolved it to, if any.
            if (document.ReferenceAt(first) is { Entity: { } referred })
            {
                return new Speaker(span, referred, document.Entities[referred].Name);
            }
        }

        // Capitalised words the entity step did not take for a name: the article's person of that surname.
        if (tokens[end - 1].IsCapitalized && end - first <= 4 && !NameLexicon.NotNames.Contains(tokens[end - 1].Text))
        {
            if (document.PersonWithSurname(tokens[end - 1].Text, StringComparison.Ordinal) is { } person)
            {
                return new Speaker(span, person, document.Entities[person].Name);
            }
        }

        return new Speaker(span, null, text);
    }

}
