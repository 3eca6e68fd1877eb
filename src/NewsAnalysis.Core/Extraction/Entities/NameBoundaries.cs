using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Where the recogniser's names begin and end: words no name starts or ends with are trimmed, a person's title and the
/// place after "of" are cut off, and a name broken at a middle initial is joined again.
/// </summary>
internal static class NameBoundaries
{
    /// <summary>Lower-case words that never begin or end a name (unlike "al-Qaeda", "de Klerk", "eBay").</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "or", "in", "at", "for", "to", "a", "an", "on", "with", "by", "from", "'s", "\u2019s",
    };

    /// <summary>
    /// Capitalised words that open a sentence or clause and are never the first word of a name: prepositions,
    /// conjunctions, pronouns, quantifiers and sentence adverbs ("Given Obama's record", "Unlike Patriot", "Even Friday").
    /// Closed and narrow: first names that are also common words ("Will", "May", "Bill") are not here.
    /// </summary>
    internal static readonly HashSet<string> LeadingNotNames = new(StringComparer.Ordinal)
    {
        "Given", "Unlike", "Having", "Being", "Following", "Including", "Regarding", "Considering", "Amid", "Amidst",
        "Besides", "Except", "Toward", "Towards", "Whereas", "Whenever", "Wherever", "Hence", "Thus", "Therefore",
        "Even", "Many", "Our", "My", "Your", "Their", "His", "Her", "Its", "From", "Well", "Unless", "Although",
        "Though", "Because", "While", "Whilst", "If", "When", "Where", "Why", "How", "What", "Which", "Who", "Whose",
        "Despite", "During", "Against", "Without", "Within", "Through", "Throughout", "Across", "Among", "Between",
        "Beyond", "Upon", "Also", "Only", "Just", "Still", "Already", "Meanwhile", "However", "Moreover",
        "Furthermore", "Nevertheless", "Instead", "Indeed", "Perhaps", "Maybe", "Some", "Most", "Several", "Both",
        "Each", "Every", "Any", "Another", "Other", "Such", "Unfortunately", "Fortunately", "Ultimately", "Recently",
        "Yes", "No", "Not", "Oh", "Why", "Whether", "Once", "Nor", "Yet", "So", "But", "And", "Or", "Than", "Then",
        "Like", "About", "After", "Before", "Since", "Until", "As", "At", "By", "In", "On", "Of", "To", "With", "Into",
        "Over", "Under", "Are", "Is", "Was", "Were", "Has", "Have", "Had", "Does", "Did", "Should", "Would", "Could",
        "Again", "Anyone", "Everyone", "Nobody", "Someone", "Neither", "Either", "Below", "Above", "Inside", "Outside",
        "Behind", "Off", "Now", "Us", "You", "Me", "We", "They", "None",
    };

    /// <summary>Words of a title that the recogniser sometimes takes into a person's name ("Governor Pence", "Former President Bush").</summary>
    private static readonly HashSet<string> PersonTitleWords = new(
        NameLexicon.PersonTitleHeads.Concat(["Vice", "Prime", "Former", "Acting", "Deputy", "Foreign", "Presidential", "Democrat", "Republican", "Democratic"]),
        StringComparer.Ordinal);

    /// <summary>
    /// "Donald J." and "Trump" side by side are one name: the recogniser can end a name at a middle initial. A name
    /// that ends with an initial ("J.") and the person's name right after it become one person; so do such a name and
    /// the capitalised word after it when the recogniser took that word for no name at all.
    /// </summary>
    internal static List<EntityMention> JoinedAtInitials(List<Token> tokens, List<EntityMention> mentions)
    {
        var joined = new List<EntityMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var next = mention.EndToken;
            if (mention.CanonicalName is null && mention.EndToken - mention.FirstToken >= 2 && IsInitial(tokens[next - 1].Text)
                && next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].IsCapitalized
                && !NameLexicon.NotNames.Contains(tokens[next].Text) && (i + 1 == mentions.Count || mentions[i + 1].FirstToken > next))
            {
                mention = new EntityMention(new TextSpan(mention.Span.Start, tokens[next].End), mention.FirstToken, next + 1, EntityType.Person);
            }

            if (joined.Count > 0 && joined[^1] is { } previous && previous.EndToken == mention.FirstToken
                && mention.Type == EntityType.Person && previous.Type is EntityType.Person or EntityType.Organization or EntityType.Misc
                && previous.CanonicalName is null && mention.CanonicalName is null
                && IsInitial(tokens[previous.EndToken - 1].Text) && previous.EndToken - previous.FirstToken >= 2)
            {
                joined[^1] = new EntityMention(
                    new TextSpan(previous.Span.Start, mention.Span.End), previous.FirstToken, mention.EndToken, EntityType.Person);
                continue;
            }

            joined.Add(mention);
        }

        return joined;
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>
    /// Drops words a name does not start or end with: "Washington of", "U.N. Ambassador", "The Kremlin",
    /// "Democrat Hillary", "Given Obama". Kept narrow: on CoNLL-2003 testa a wider trim (every sentence-opener word)
    /// cost a point of F1; the closed <see cref="LeadingNotNames"/> left it unchanged (89.64 -> 89.63 for the entity step).
    /// </summary>
    internal static (int First, int End) Trim(List<Token> tokens, int first, int end)
    {
        while (first < end && (FunctionWords.Contains(tokens[first].Text) || tokens[first].Text is "The" or "A" or "An"))
        {
            first++;
        }

        while (first < end && LeadingNotNames.Contains(tokens[first].Text))
        {
            first++;
        }

        if (end - first == 2 && NameLexicon.PartyWords.Contains(tokens[first].Text) && !NameLexicon.OrganizationHeads.Contains(tokens[end - 1].Text))
        {
            first++;
        }

        while (end > first && (FunctionWords.Contains(tokens[end - 1].Text)
            || tokens[end - 1].Kind == TokenKind.Punctuation
            || end - first > 1 && tokens[end - 1].Text is "Ambassador" or "President" or "Secretary" or "Minister" or "Envoy"
                or "Spokesman" or "Spokeswoman" or "Chairman"))
        {
            end--;
        }

        return (first, end);
    }

    /// <summary>A person's name without the title before it: "Governor Pence" is Pence. A lone title stays as it is.</summary>
    internal static (int First, int End) TrimPerson(List<Token> tokens, int first, int end)
    {
        while (end - first > 1 && PersonTitleWords.Contains(tokens[first].Text))
        {
            first++;
        }

        return (first, end);
    }

    /// <summary>"Mike Pence of Indiana", "Lester Holt of NBC News": a person's name ends before "of" and the place or body after it.</summary>
    internal static List<EntityMention> PeopleWithoutPlaces(List<Token> tokens, List<EntityMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Type != EntityType.Person || mention.CanonicalName is not null)
            {
                continue;
            }

            for (var t = mention.FirstToken + 1; t < mention.EndToken - 1; t++)
            {
                if (tokens[t].Text == "of")
                {
                    mentions[i] = new EntityMention(new TextSpan(mention.Span.Start, tokens[t - 1].End), mention.FirstToken, t, EntityType.Person);
                    break;
                }
            }
        }

        return mentions;
    }
}
