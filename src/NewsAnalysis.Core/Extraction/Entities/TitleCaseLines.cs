using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>Names in headline-style lines, where every word is capitalised and capitals say nothing.</summary>
internal sealed class TitleCaseLines(AliasGazetteer gazetteer)
{
    /// <summary>
    /// In a line written in title case ("Ted Cruz Hints Trump Would Get Border Wall Contract") capitals say nothing, and the
    /// recogniser glues words to names. There a mention keeps only the longest part that the article names the same way in
    /// its ordinary sentences, or that the gazetteer knows; a mention with no such part is dropped.
    /// </summary>
    public List<EntityMention> Narrow(AnalysisDocument document, List<EntityMention> mentions)
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
}
