using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Where the recogniser's names begin and end: words no name starts or ends with are trimmed, a person's title and the
/// place after "of" are cut off, a person and the body they work for are two names, and a name broken at a middle
/// initial is joined again.
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
        "Behind", "Off", "Now", "Us", "You", "Me", "We", "They", "None", "Others", "Additionally", "Ironically",
        "Similarly", "Likewise", "Consequently", "Interestingly", "Importantly", "Notably", "Specifically", "Sadly",
        "Surprisingly", "Nonetheless", "Otherwise", "Accordingly", "Overall", "Finally", "Initially", "Eventually",
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
        while (first < end && (FunctionWords.Contains(tokens[first].Text) || tokens[first].Text is "The" or "A" or "An"
            || tokens[first].Kind == TokenKind.QuotationMark))
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

    /// <summary>
    /// Capitalised function words that never stand inside or at the end of a person's name: a name that reaches one ran
    /// on into the next words ("Jane The Virgin", "Follow Pam Key On Twitter", "Ms. Yellen  The Federal Reserve" across
    /// a lost line break). Words that are also names are left out: "Will", "May", "Do", "Said", "I" (Charles I), "An"
    /// and "To" (Korean and Vietnamese names), and the particles of names ("De", "Van", "Al", "Bin").
    /// </summary>
    private static readonly HashSet<string> NotInPersonNames = new(StringComparer.Ordinal)
    {
        "The", "On", "In", "At", "For", "From", "With", "By", "Into", "Onto", "Over", "About", "After", "Before",
        "And", "Or", "But", "Nor", "If", "Than", "That", "This", "These", "Those", "He", "She", "It", "We", "They",
        "You", "His", "Her", "Its", "Our", "Their", "My", "Your", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
        "Says", "Who", "Which", "What", "When", "Where", "Why", "How",
    };

    /// <summary>The heads of news outlets' names, after which "NAME of OUTLET" is a journalist and where they work.</summary>
    private static readonly HashSet<string> OutletHeads = new(StringComparer.Ordinal)
    {
        "News", "Times", "Post", "Journal", "Television", "TV", "Network", "Radio", "Press", "Herald", "Tribune",
        "Telegraph", "Gazette", "Magazine", "Globe",
    };

    /// <summary>
    /// The last word on where the names found by the model and by the rules begin and end, and what they are:
    /// a mention with no capital letter or digit is no name ("can't"); a name is trimmed as <see cref="Trim"/> trims
    /// the model's; a person's name ends before "of" ("Mike Pence of Indiana") and before a capitalised function word
    /// (<see cref="NotInPersonNames"/>); and "NAME of BODY" is a person and an organisation, whatever the type it was
    /// given ("Lester Holt of NBC News": the person Lester Holt, the organisation NBC News). Gazetteer names stay as they are.
    /// </summary>
    internal static List<EntityMention> Settled(List<Token> tokens, List<EntityMention> mentions)
    {
        var settled = new List<EntityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.CanonicalName is not null)
            {
                settled.Add(mention);
                continue;
            }

            var (first, end) = Trim(tokens, mention.FirstToken, mention.EndToken);
            if (first >= end || !HasCapitalOrDigit(tokens, first, end))
            {
                continue;
            }

            var of = OfIndex(tokens, first, end);
            if (of > 0 && IsPersonOfBody(tokens, mentions, mention, first, of, end))
            {
                settled.Add(Span(tokens, first, of, EntityType.Person));
                settled.Add(Span(tokens, BodyStart(tokens, of), end, EntityType.Organization));
                continue;
            }

            if (mention.Type == EntityType.Person)
            {
                end = of > 0 ? of : end;
                for (var t = first + 1; t < end; t++)
                {
                    if (NotInPersonNames.Contains(tokens[t].Text))
                    {
                        end = t;
                        break;
                    }
                }
            }

            settled.Add(first == mention.FirstToken && end == mention.EndToken ? mention : Span(tokens, first, end, mention.Type));
        }

        return settled;
    }

    private static EntityMention Span(List<Token> tokens, int first, int end, EntityType type) =>
        new(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end, type);

    private static bool HasCapitalOrDigit(List<Token> tokens, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (tokens[t].Text.Any(c => char.IsUpper(c) || char.IsDigit(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token "of" inside the name, neither first nor last, or -1.</summary>
    private static int OfIndex(List<Token> tokens, int first, int end)
    {
        for (var t = first + 1; t < end - 1; t++)
        {
            if (tokens[t].Text == "of")
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The body's first word after "of": "the" is no part of its name ("of the Brookings Institution", "of The Washington Post").</summary>
    private static int BodyStart(List<Token> tokens, int of) => tokens[of + 1].Text is "the" or "The" ? of + 2 : of + 1;

    /// <summary>
    /// "Chris Wallace of Fox News": two or three capitalised words that are no title, no function word and no body's
    /// head, then "of" and a body's name (ending in an organisation head). The words before "of" are a person when the
    /// body is a news outlet, or when the article names them, or their last word, as a person elsewhere; otherwise
    /// "Fraternal Order of Police" would be a person.
    /// </summary>
    private static bool IsPersonOfBody(List<Token> tokens, List<EntityMention> mentions, EntityMention mention, int first, int of, int end)
    {
        if (of - first is < 2 or > 3 || !NameLexicon.OrganizationHeads.Contains(tokens[end - 1].Text) || BodyStart(tokens, of) >= end
            || !tokens[BodyStart(tokens, of)].IsCapitalized)
        {
            return false;
        }

        for (var t = first; t < of; t++)
        {
            var word = tokens[t].Text;
            if (tokens[t].Kind != TokenKind.Word || !tokens[t].IsCapitalized || NameLexicon.OrganizationHeads.Contains(word)
                || NameLexicon.NotNames.Contains(word) || PersonTitles.IsTitleWord(word) || NameLexicon.Demonyms.Contains(word))
            {
                return false;
            }
        }

        if (OutletHeads.Contains(tokens[end - 1].Text))
        {
            return true;
        }

        var surname = tokens[of - 1].Text;
        var name = string.Join(' ', Enumerable.Range(first, of - first).Select(t => tokens[t].Text));
        return mentions.Any(m => m != mention && m.Type == EntityType.Person
            && (m.EndToken - m.FirstToken == 1 && tokens[m.FirstToken].Text == surname
                || string.Join(' ', Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken).Select(t => tokens[t].Text)) == name));
    }
}
