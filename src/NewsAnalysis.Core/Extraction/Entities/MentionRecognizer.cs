using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Finds names. The trained recogniser proposes the mentions; rules over runs of capitalised words
/// then correct them where they are surer: known aliases take their canonical name and type
/// ("USA" -> United States, a place), a name after a title is a whole person ("Secretary of State
/// Rex Tillerson"), and a name before a media word or ending in an organisation word is an
/// organisation ("Mir television", "Defense Ministry"). Without a recogniser the rules work alone.
/// </summary>
internal sealed class MentionRecognizer(AliasGazetteer gazetteer, EntityRecognizer? recognizer)
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
    private static readonly HashSet<string> LeadingNotNames = new(StringComparer.Ordinal)
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

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "la", "du", "del", "da", "dos", "van", "von", "der", "bin", "al", "al-", "el", "ibn",
    };

    /// <summary>Adds the article's name mentions to <see cref="AnalysisDocument.Mentions"/>, ungrouped.</summary>
    public void Recognize(AnalysisDocument document)
    {
        var ruled = new List<(EntityMention Mention, bool Sure)>();
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!StartsName(document.Tokens, i))
                {
                    i++;
                    continue;
                }

                var end = RunEnd(document.Tokens, i, sentence.EndToken);
                ClassifyRun(document, sentence, i, end, ruled);
                i = end;
            }
        }

        if (recognizer is null)
        {
            document.Mentions.AddRange(ruled.Select(r => r.Mention));
            return;
        }

        var mentions = Recognize(document, recognizer);
        var index = MentionOverlaps.Of(mentions);
        var replaced = new HashSet<EntityMention>(ReferenceEqualityComparer.Instance);
        foreach (var (rule, sure) in ruled)
        {
            var overlapping = index?.Overlapping(rule) ?? mentions.Where(m => m.Span.Overlaps(rule.Span) && !replaced.Contains(m)).ToList();
            if (overlapping.Count == 0)
            {
                if (sure || IsLikelyName(document, rule))
                {
                    mentions.Add(rule);
                    index?.Add(rule);
                }

                continue;
            }

            // A sure rule that covers what the model found (and perhaps more) replaces it, type and all:
            // "Rex Tillerson" over the model's "Tillerson", "Mir television" over "Mir", "Dr. Ben Carson"
            // a person where the model saw a place.
            // The alias list is the product's own knowledge and wins over the model's type, although it costs
            // a little on CoNLL-2003, whose conventions differ (there the Kremlin is a place).
            if (sure && overlapping.All(m => rule.Span.Contains(m.Span)))
            {
                // Removed from the list once, after the loop: removing each time scanned the whole list.
                foreach (var m in overlapping)
                {
                    replaced.Add(m);
                    index?.Remove(m);
                }

                mentions.Add(rule);
                index?.Add(rule);
            }
        }

        mentions.RemoveAll(replaced.Contains);

        SplitAtKnownNames(document, mentions, ruled.Where(r => r.Sure && r.Mention.CanonicalName is not null).Select(r => r.Mention).ToList());
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.Mentions.AddRange(InTitleCaseLines(document, PeopleWithoutPlaces(document.Tokens, mentions)));
    }

    /// <summary>
    /// In a line written in title case ("Ted Cruz Hints Trump Would Get Border Wall Contract") capitals say nothing, and the
    /// recogniser glues words to names. There a mention keeps only the longest part that the article names the same way in
    /// its ordinary sentences, or that the gazetteer knows; a mention with no such part is dropped.
    /// </summary>
    private List<EntityMention> InTitleCaseLines(AnalysisDocument document, List<EntityMention> mentions)
    {
        var tokens = document.Tokens;
        var titleCase = document.Sentences.Select(s => IsTitleCase(tokens, s)).ToArray();
        if (!titleCase.Any(t => t))
        {
            return mentions;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!titleCase[document.SentenceIndexOfToken(mention.FirstToken)])
            {
                known.Add(document.TextOf(mention.Span));
            }
        }

        var kept = new List<EntityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.CanonicalName is not null || !titleCase[document.SentenceIndexOfToken(mention.FirstToken)])
            {
                kept.Add(mention);
                continue;
            }

            if (LongestKnownPart(document, mention, known) is { } part)
            {
                kept.Add(part);
            }
        }

        return kept;
    }

    private EntityMention? LongestKnownPart(AnalysisDocument document, EntityMention mention, HashSet<string> known)
    {
        var tokens = document.Tokens;
        for (var length = mention.EndToken - mention.FirstToken; length >= 1; length--)
        {
            for (var first = mention.FirstToken; first + length <= mention.EndToken; first++)
            {
                var span = new TextSpan(tokens[first].Start, tokens[first + length - 1].End);
                if (known.Contains(document.TextOf(span)))
                {
                    return new EntityMention(span, first, first + length, mention.Type);
                }

                if (gazetteer.LongestMatch(tokens, first, first + length) is { } alias && alias.EndToken == first + length)
                {
                    return new EntityMention(span, first, first + length, alias.Entry.Type) { CanonicalName = alias.Entry.CanonicalName };
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Four or more words, at least 70% of them capitalised in mixed case, two of them (after the first) words that
    /// prose writes in lower case ("Trump Hints At Wall", "Says", "Would"); a table of names and scores is no headline.
    /// </summary>
    private static bool IsTitleCase(List<Token> tokens, Sentence sentence)
    {
        int words = 0, capitalised = 0, common = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || !char.IsLetter(token.Text[0]))
            {
                continue;
            }

            words++;
            if (char.IsUpper(token.Text[0]) && token.Text.Any(char.IsLower))
            {
                capitalised++;
                if (t > sentence.FirstToken && (NameLexicon.NotNames.Contains(token.Text) || CueLexicon.TryGetLemma(token.Text.ToLowerInvariant(), out _)))
                {
                    common++;
                }
            }
        }

        return words >= 4 && capitalised >= 0.7 * words && common >= 2;
    }

    /// <summary>
    /// A model mention made only of known names is those names: "Moscow Russia" (a missing comma) is
    /// Moscow and Russia.
    /// </summary>
    private static void SplitAtKnownNames(AnalysisDocument document, List<EntityMention> mentions, List<EntityMention> known)
    {
        // The known names come in text order: those inside a mention start within it.
        var inOrder = known.Zip(known.Skip(1)).All(p => p.First.Span.Start <= p.Second.Span.Start);
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            var candidates = inOrder ? known.Skip(MentionOverlaps.FirstStartingAtOrAfter(known, mention.Span.Start)).TakeWhile(k => k.Span.Start < mention.Span.End) : known;
            var inside = candidates.Where(k => mention.Span.Contains(k.Span) && k.Span != mention.Span).ToList();
            var covered = inside.Sum(k => k.EndToken - k.FirstToken);
            if (inside.Count >= 2 && covered == mention.EndToken - mention.FirstToken)
            {
                mentions.RemoveAt(i);
                mentions.AddRange(inside);
            }
        }
    }

    /// <summary>
    /// A guessed person the model passed over still counts when a verb follows it ("Lavrov greeted
    /// Tillerson", "Yelvington said"). Guessing more often costs precision: on CoNLL-2003 testa, adding
    /// every guess outside sentence openers lowered the step's F1 from 89.6 to 88.4.
    /// </summary>
    private static bool IsLikelyName(AnalysisDocument document, EntityMention rule)
    {
        if (rule.Type != EntityType.Person)
        {
            return false;
        }

        var sentence = document.Sentences[document.SentenceIndexOfToken(rule.FirstToken)];
        if (rule.EndToken >= sentence.EndToken)
        {
            return false;
        }

        var next = document.Tokens[rule.EndToken].Text;
        return next.Length > 3 && char.IsLower(next[0])
            && (next.EndsWith("ed", StringComparison.Ordinal) || CueLexicon.TryGetLemma(next, out var lemma) && CueLexicon.IsStrong(lemma));
    }

    private List<EntityMention> Recognize(AnalysisDocument document, EntityRecognizer model)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences
            .Select(s => (IReadOnlyList<string>)tokens.GetRange(s.FirstToken, s.TokenCount).Select(t => t.Text).ToList())
            .ToList();
        var found = model.RecognizeDocument(sentences);
        var mentions = new List<EntityMention>();
        for (var s = 0; s < found.Count; s++)
        {
            var offset = document.Sentences[s].FirstToken;
            foreach (var entity in found[s])
            {
                var (first, end) = Trim(tokens, offset + entity.FirstToken, offset + entity.EndToken);
                if (entity.Type == EntityType.Person)
                {
                    (first, end) = TrimPerson(tokens, first, end);
                }

                if (first >= end)
                {
                    continue;
                }

                var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
                var alias = gazetteer.LongestMatch(tokens, first, end);
                mentions.Add(alias is { } known && known.EndToken == end
                    ? new EntityMention(span, first, end, known.Entry.Type) { CanonicalName = known.Entry.CanonicalName }
                    : new EntityMention(span, first, end, entity.Type));
            }
        }

        return JoinedAtInitials(tokens, mentions);
    }

    /// <summary>
    /// "Donald J." and "Trump" side by side are one name: the recogniser can end a name at a middle initial. A name
    /// that ends with an initial ("J.") and the person's name right after it become one person; so do such a name and
    /// the capitalised word after it when the recogniser took that word for no name at all.
    /// </summary>
    private static List<EntityMention> JoinedAtInitials(List<Token> tokens, List<EntityMention> mentions)
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
    private static (int First, int End) Trim(List<Token> tokens, int first, int end)
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
    private static (int First, int End) TrimPerson(List<Token> tokens, int first, int end)
    {
        while (end - first > 1 && PersonTitleWords.Contains(tokens[first].Text))
        {
            first++;
        }

        return (first, end);
    }

    /// <summary>"Mike Pence of Indiana", "Lester Holt of NBC News": a person's name ends before "of" and the place or body after it.</summary>
    private static List<EntityMention> PeopleWithoutPlaces(List<Token> tokens, List<EntityMention> mentions)
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

    private static bool StartsName(List<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && (tokens[i].IsCapitalized || IsAcronymLike(tokens[i].Text));

    private static bool IsAcronymLike(string text) => text.Length >= 2 && text.All(c => char.IsUpper(c) || c == '.' || c == '&');

    private static int RunEnd(List<Token> tokens, int start, int limit)
    {
        var end = start + 1;
        while (end < limit)
        {
            var t = tokens[end];
            if (t.Start - tokens[end - 1].End > 1)
            {
                break;
            }

            if (StartsName(tokens, end))
            {
                end++;
            }
            else if (Connectors.Contains(t.Text) && end + 1 < limit && StartsName(tokens, end + 1))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Splits one run of capitalised words into mentions; "sure" ones come from aliases, titles and
    /// organisation or media words, the rest are guesses that only count without a recogniser.
    /// </summary>
    private void ClassifyRun(AnalysisDocument document, Sentence sentence, int start, int end, List<(EntityMention, bool)> found)
    {
        var tokens = document.Tokens;
        var p = start;
        while (p < end && (NameLexicon.NotNames.Contains(tokens[p].Text) || LeadingNotNames.Contains(tokens[p].Text)))
        {
            p++;
        }

        if (p >= end)
        {
            return;
        }

        // Whole-run organisations keep their modifiers: "Russian Defense Ministry", "Syrian Arab Army".
        var whole = gazetteer.LongestMatch(tokens, p, end);
        if (whole is { } w && w.EndToken == end)
        {
            found.Add((Mention(document, p, end, w.Entry.Type, w.Entry.CanonicalName), true));
            return;
        }

        if (NameLexicon.OrganizationHeads.Contains(tokens[end - 1].Text) && !StartsWithKnownPrefix(tokens, p, end))
        {
            found.Add((Mention(document, p, end, EntityType.Organization, null), true));
            return;
        }

        var titled = false;
        while (p < end)
        {
            var match = gazetteer.LongestMatch(tokens, p, end);
            if (match is { } m)
            {
                // A known name followed by more capitalised words that start with a title or another name.
                found.Add((Mention(document, p, m.EndToken, m.Entry.Type, m.Entry.CanonicalName), true));
                p = m.EndToken;
                continue;
            }

            var text = tokens[p].Text;
            if (NameLexicon.Demonyms.Contains(text) || NameLexicon.NotNames.Contains(text) || Connectors.Contains(text))
            {
                p++;
                continue;
            }

            if (NameLexicon.Titles.Contains(text))
            {
                // A run of titles alone ("as President of the United States") names nobody.
                titled |= NameLexicon.PersonTitleHeads.Contains(text);
                p++;
                continue;
            }

            break;
        }

        if (p >= end)
        {
            return;
        }

        if (NameLexicon.OrganizationHeads.Contains(tokens[end - 1].Text))
        {
            found.Add((Mention(document, p, end, EntityType.Organization, null), true));
            return;
        }

        if (end < sentence.EndToken && NameLexicon.MediaWords.Contains(tokens[end].Text))
        {
            found.Add((Mention(document, p, end + 1, EntityType.Organization, null), true));
            return;
        }

        if (IsAcronymLike(tokens[p].Text) && end - p == 1)
        {
            found.Add((Mention(document, p, end, EntityType.Organization, null), false));
            return;
        }

        found.Add((Mention(document, p, end, GuessType(tokens, sentence, p, end, titled), null), titled));
    }

    private bool StartsWithKnownPrefix(List<Token> tokens, int p, int end)
    {
        // "Russia's Defense Ministry" is split by the clitic; "U.S. State Department" starts with a place.
        var m = gazetteer.LongestMatch(tokens, p, end);
        return m is { } match && match.EndToken < end && gazetteer.LongestMatch(tokens, match.EndToken, end) is not null;
    }

    private static EntityType GuessType(List<Token> tokens, Sentence sentence, int p, int end, bool titled)
    {
        if (titled)
        {
            return EntityType.Person;
        }

        var previous = p > sentence.FirstToken ? tokens[p - 1].Text : null;
        if (previous is not null && NameLexicon.NonPersonLeaders.Contains(previous))
        {
            return EntityType.Misc;
        }

        if (previous is not null && NameLexicon.PlacePrepositions.Contains(previous))
        {
            return EntityType.Location;
        }

        return EntityType.Person;
    }

    private static EntityMention Mention(AnalysisDocument document, int first, int end, EntityType type, string? canonical)
    {
        var tokens = document.Tokens;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        return new EntityMention(span, first, end, type) { CanonicalName = canonical };
    }
}
