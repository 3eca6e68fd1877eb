using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Lexicons;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// A speaker whose words open with a name and go on to describe it is the named entity: "Senator Lindsey Graham,
/// Republican of South Carolina,", "Kasich (who has 25 delegates to date)", "Mr. Peck of SunTrust", "Conservative icon
/// Phyllis Schlafly, who died Monday", "Clinton herself". The head of the words runs to the first comma, bracket, dash,
/// relative word or preposition; when a name ends it (a reflexive pronoun may follow), the speaker is that name's
/// entity. A person's name may follow words that describe the person; another name only a determiner ("the Pentagon").
/// Words whose head ends with something else stay unresolved: "Clinton's campaign", "Facebook officials", "A CBS poll".
/// </summary>
internal static class HeadedSpeakers
{
    private static readonly HashSet<string> HeadEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", "(", "[", "\u2014", "\u2013", "--", ";", ":", "who", "whom", "whose", "which", "that", "of", "from", "at", "for", "in", "on", "with",
    };

    private static readonly HashSet<string> Reflexives = new(StringComparer.OrdinalIgnoreCase) { "himself", "herself", "itself", "themselves" };

    public static Speaker? Named(AnalysisDocument document, Speaker? speaker)
    {
        if (speaker is not { Entity: null, Members: null })
        {
            return speaker;
        }

        var tokens = document.Tokens;
        var first = document.TokenIndexAtOrAfter(speaker.Mention.Start);
        var end = document.TokenIndexAtOrAfter(speaker.Mention.End);
        var headEnd = first;
        while (headEnd < end && !HeadEnds.Contains(tokens[headEnd].Text))
        {
            headEnd++;
        }

        if (headEnd - 1 > first && Reflexives.Contains(tokens[headEnd - 1].Text))
        {
            headEnd--;
        }

        for (var m = document.MentionIndexAtOrAfter(first); m < document.Mentions.Count && document.Mentions[m].FirstToken < headEnd; m++)
        {
            var mention = document.Mentions[m];
            if (mention.EndToken != headEnd || mention.Entity < 0)
            {
                continue;
            }

            for (var t = first; t < mention.FirstToken; t++)
            {
                if (mention.Type == EntityType.Person ? tokens[t].Kind != Text.TokenKind.Word : !DescriptorLexicon.Determiners.Contains(tokens[t].Text))
                {
                    return speaker;
                }
            }

            return speaker with { Entity = mention.Entity, Name = document.Entities[mention.Entity].Name };
        }

        return speaker;
    }
}
