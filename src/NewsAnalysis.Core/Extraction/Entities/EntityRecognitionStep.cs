using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Text;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Finds names: runs of capitalised words, split into known places and organisations (gazetteer),
/// titles and nationality words that are not part of a name, and the names themselves, typed by
/// their heads and contexts ("Defense Ministry", "Mir television", "President Vladimir Putin").
/// </summary>
public sealed class EntityRecognitionStep(Gazetteer gazetteer) : IAnalysisStep
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "la", "du", "del", "da", "dos", "van", "von", "der", "bin", "al", "al-", "el", "ibn",
    };

    public void Run(AnalysisDocument document)
    {
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
                ClassifyRun(document, sentence, i, end);
                i = end;
            }
        }
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

    private void ClassifyRun(AnalysisDocument document, Sentence sentence, int start, int end)
    {
        var tokens = document.Tokens;
        var p = start;
        while (p < end && NameLexicon.NotNames.Contains(tokens[p].Text))
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
            Add(document, p, end, w.Entry.Type, w.Entry.CanonicalName);
            return;
        }

        if (NameLexicon.OrganizationHeads.Contains(tokens[end - 1].Text) && !StartsWithKnownPrefix(tokens, p, end))
        {
            Add(document, p, end, EntityType.Organization, null);
            return;
        }

        var titled = false;
        while (p < end)
        {
            var match = gazetteer.LongestMatch(tokens, p, end);
            if (match is { } m)
            {
                // A known name followed by more capitalised words that start with a title or another name.
                Add(document, p, m.EndToken, m.Entry.Type, m.Entry.CanonicalName);
                p = m.EndToken;
                continue;
            }

            var text = tokens[p].Text;
            if (NameLexicon.Demonyms.Contains(text) || NameLexicon.NotNames.Contains(text) || Connectors.Contains(text))
            {
                p++;
                continue;
            }

            if (NameLexicon.Titles.Contains(text) && p + 1 < end)
            {
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
            Add(document, p, end, EntityType.Organization, null);
            return;
        }

        if (end < sentence.EndToken && NameLexicon.MediaWords.Contains(tokens[end].Text))
        {
            Add(document, p, end + 1, EntityType.Organization, null);
            return;
        }

        if (IsAcronymLike(tokens[p].Text) && end - p == 1)
        {
            Add(document, p, end, EntityType.Organization, null);
            return;
        }

        Add(document, p, end, GuessType(tokens, sentence, p, end, titled), null);
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

    private static void Add(AnalysisDocument document, int first, int end, EntityType type, string? canonical)
    {
        var tokens = document.Tokens;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        document.Mentions.Add(new EntityMention(span, first, end, type) { CanonicalName = canonical });
    }
}
