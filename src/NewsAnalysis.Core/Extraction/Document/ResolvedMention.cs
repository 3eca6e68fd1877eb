using System.Collections;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>Words that refer to an article entity: a name, a pronoun or a description.</summary>
/// <param name="Span">The words in the body.</param>
/// <param name="Entity">Index into <see cref="AnalysisDocument.Entities"/>.</param>
/// <param name="Kind">How the words refer to the entity.</param>
public sealed record ResolvedMention(TextSpan Span, int Entity, MentionKind Kind)
{
    private static readonly HashSet<string> PronounWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
        "they", "them", "their", "themselves", "we", "us", "our", "i", "me", "my",
        "who", "whom", "whose", "which", "that",
    };

    /// <summary>
    /// Every mention of an entity in the article, in text order: the names; the words naming a quote's speaker or a
    /// claim's claimant where they resolve to an entity without naming it ("he said", "it said", "who said"); and the
    /// other pronouns and descriptions that coreference resolved. Where a speaker's pronoun was resolved by the
    /// attribution rules, that resolution stands for the pronoun: one pronoun, one entity, in the quote and in the
    /// entity's mentions alike. Unresolved words are not mentions of anything.
    /// </summary>
    public static List<ResolvedMention> Of(AnalysisDocument document)
    {
        var mentions = document.Mentions
            .Where(m => m.Entity >= 0)
            .Select(m => new ResolvedMention(m.Span, m.Entity, MentionKind.Name))
            .ToList();

        // Characters already covered, so that words that are or hold a mention add nothing.
        var covered = new BitArray(document.Text.Length);
        foreach (var m in mentions)
        {
            Cover(covered, m.Span);
        }

        var speakers = document.Quotes.Select(q => q.Speaker).Concat(document.Claims.Select(c => c.Claimant));
        foreach (var speaker in speakers)
        {
            if (speaker?.Entity is { } entity && !IsCovered(covered, speaker.Mention))
            {
                var kind = PronounWords.Contains(document.TextOf(speaker.Mention)) ? MentionKind.Pronoun : MentionKind.Description;
                mentions.Add(new ResolvedMention(speaker.Mention, entity, kind));
                Cover(covered, speaker.Mention);
            }
        }

        foreach (var reference in document.References)
        {
            if (reference.Entity is { } entity && !IsCovered(covered, reference.Span))
            {
                mentions.Add(new ResolvedMention(
                    reference.Span, entity, reference.Kind == ReferenceKind.Pronoun ? MentionKind.Pronoun : MentionKind.Description));
            }
        }

        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return mentions;
    }

    private static void Cover(BitArray covered, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            covered[i] = true;
        }
    }

    /// <summary>Whether any character of the span is covered; a speaker's words are short, so this stays linear overall.</summary>
    private static bool IsCovered(BitArray covered, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (covered[i])
            {
                return true;
            }
        }

        return false;
    }
}
