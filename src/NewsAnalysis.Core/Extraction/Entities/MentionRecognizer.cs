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
    private readonly TitleCaseLines _titleCaseLines = new(gazetteer);

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

        var tokens = document.Tokens;
        var mentions = Recognize(document, recognizer);
        var index = MentionOverlaps.Of(mentions);
        var replaced = new HashSet<EntityMention>(ReferenceEqualityComparer.Instance);
        foreach (var (rule, sure) in ruled)
        {
            // A sure person after a title ("Secretary of State Rex Tillerson") also looks at the model's mentions in the title.
            var titleStart = sure && rule.Type == EntityType.Person && rule.CanonicalName is null ? PersonTitles.Start(tokens, rule.FirstToken) : rule.FirstToken;
            var reach = titleStart == rule.FirstToken ? rule : Mention(document, titleStart, rule.EndToken, rule.Type, null);
            var near = index?.Overlapping(reach) ?? mentions.Where(m => m.Span.Overlaps(reach.Span) && !replaced.Contains(m)).ToList();
            var overlapping = near.Where(m => m.Span.Overlaps(rule.Span)).ToList();
            if (overlapping.Count == 0)
            {
                if (sure || IsLikelyName(document, rule))
                {
                    Replace(near, rule);
                }

                continue;
            }

            // A sure rule that covers what the model found (and perhaps more) replaces it, type and all:
            // "Rex Tillerson" over the model's "Tillerson", "Mir television" over "Mir", "Dr. Ben Carson"
            // a person where the model saw a place.
            // The alias list is the product's own knowledge and wins over the model's type, although it costs
            // a little on CoNLL-2003, whose conventions differ (there the Kremlin is a place).
            if (sure && (overlapping.All(m => rule.Span.Contains(m.Span)) || IsTitledPerson(rule, titleStart, overlapping)))
            {
                Replace(near, rule);
            }
        }

        // The model's mentions a rule covers go, and so do its names made only of the offices of the title before a
        // person ("Defense" in "Defense Secretary Ash Carter"). Removed from the list once, after the loop: removing
        // each time scanned the whole list.
        void Replace(List<EntityMention> near, EntityMention rule)
        {
            foreach (var m in near.Where(m => m.Span.Overlaps(rule.Span) || PersonTitles.IsOffice(tokens, m)))
            {
                replaced.Add(m);
                index?.Remove(m);
            }

            mentions.Add(rule);
            index?.Add(rule);
        }

        mentions.RemoveAll(replaced.Contains);

        SplitAtKnownNames(document, mentions, ruled.Where(r => r.Sure && r.Mention.CanonicalName is not null).Select(r => r.Mention).ToList());
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.Mentions.AddRange(_titleCaseLines.Narrow(document, NameBoundaries.Settled(document.Tokens, mentions)));
    }

    /// <summary>
    /// "chimed in Representative Lisa Moreno", "Secretary of State Rex Tillerson": the model took words of the title into a
    /// name ("Representative Lisa Moreno" a place, "State Rex" an organisation beside "Tillerson"). The rules' person after the
    /// title wins when each of the model's mentions there is inside it or is title words and then part of it.
    /// </summary>
    private static bool IsTitledPerson(EntityMention rule, int titleStart, List<EntityMention> overlapping) =>
        titleStart < rule.FirstToken && overlapping.All(m =>
            rule.Span.Contains(m.Span) || m.FirstToken >= titleStart && m.FirstToken < rule.FirstToken && m.EndToken <= rule.EndToken);

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
            && (next.EndsWith("ed", StringComparison.Ordinal) || CueLexicon.TryGetLemma(next, out var lemma) && CueLexicon.IsStrong(lemma))
            || next == "," && IsTitleInApposition(document.Tokens, rule.EndToken + 1, sentence.EndToken);
    }

    /// <summary>
    /// ", the Syrian envoy", ", a former senator": a name in apposition to a person's title is a person's name.
    /// </summary>
    private static bool IsTitleInApposition(List<Token> tokens, int first, int limit)
    {
        var t = first;
        if (t < limit && tokens[t].Text is "the" or "a" or "an")
        {
            t++;
        }

        for (; t < limit && tokens[t].Kind == TokenKind.Word; t++)
        {
            var word = tokens[t].Text;
            var title = char.ToUpperInvariant(word[0]) + word[1..];
            if (NameLexicon.PersonTitleHeads.Contains(title))
            {
                return true;
            }

            if (!PersonTitles.IsTitleWord(title) && !NameLexicon.Demonyms.Contains(word))
            {
                return false;
            }
        }

        return false;
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
                var (first, end) = NameBoundaries.Trim(tokens, offset + entity.FirstToken, offset + entity.EndToken);
                if (entity.Type == EntityType.Person)
                {
                    (first, end) = NameBoundaries.TrimPerson(tokens, first, end);
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

        return NameBoundaries.JoinedAtInitials(tokens, mentions);
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
            else if (t.Text is "of" or "for" && end + 2 < limit && tokens[end + 1].Text == "the"
                && PersonTitles.IsTitleWord(tokens[end - 1].Text) && PersonTitles.IsTitleWord(tokens[end + 2].Text))
            {
                // A title's office: "Chancellor of the Exchequer", "Secretary of the Treasury".
                end += 3;
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
        while (p < end && (NameLexicon.NotNames.Contains(tokens[p].Text) || NameBoundaries.LeadingNotNames.Contains(tokens[p].Text)))
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
            if (NameLexicon.Demonyms.Contains(text) || NameLexicon.NotNames.Contains(text) || Connectors.Contains(text) || text == "the")
            {
                p++;
                continue;
            }

            if (PersonTitles.IsTitleWord(text))
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
