using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>Who a clause is about when no cue names a source: its subject, a name or a descriptor ("The ministry, which …").</summary>
internal static class ClauseSubjects
{
    /// <summary>The subject of the clause a participle hangs on: "Putin ..., calling it ...".</summary>
    internal static (Speaker Source, int First, int End)? ClauseSubject(AnalysisDocument document, Sentence sentence, int cue)
    {
        var from = MainClauseStart(document, sentence);
        if (DescriptorSubject(document, sentence, from) is { } described && described.End < cue)
        {
            return described;
        }
        for (var j = from; j < Math.Min(cue, from + 8); j++)
        {
            var token = document.Tokens[j];
            if (document.IsQuoted(token.Start))
            {
                return null;
            }

            var mention = document.MentionStartingAt(j);
            if (mention is not null && mention.Type is EntityType.Person or EntityType.Organization)
            {
                return (document.SpeakerOf(mention), mention.FirstToken, mention.EndToken);
            }

            // "it" is as often an object ("replacing it with …") as a subject: only the first word counts.
            if (CueLexicon.Pronouns.Contains(token.Text) && (j == from || !token.Text.Equals("it", StringComparison.OrdinalIgnoreCase)))
            {
                return (PronounResolver.Resolve(document, j), j, j + 1);
            }

            if (token.Text is "," or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A clause that opens with a descriptor as its subject: "His operatives forced …", "The two Republican
    /// presidents introduced …", "Protesters chanted …". The head is a known descriptor and a verb follows it.
    /// </summary>
    internal static (Speaker Source, int First, int End)? DescriptorSubject(AnalysisDocument document, Sentence sentence, int from)
    {
        var tokens = document.Tokens;
        for (var head = from; head < Math.Min(sentence.EndToken - 1, from + 5); head++)
        {
            var token = tokens[head];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || document.IsQuoted(token.Start)
                || SourceBeforeCue.IsOutsideNounPhrase(token.Text) || CueLexicon.Pronouns.Contains(token.Text)
                || head > from && CueLexicon.TryGetLemma(token.Text, out _))
            {
                return null;
            }

            if (!DescriptorLexicon.DescriptorHeads.Contains(token.Text) || head > from && char.IsUpper(token.Text[0]))
            {
                continue;
            }

            var next = tokens[head + 1];
            var verbFollows = next.Kind == TokenKind.Word && char.IsLower(next.Text[0]) && !CueLexicon.Prepositions.Contains(next.Text)
                && !DescriptorLexicon.DescriptorHeads.Contains(next.Text) && next.Text is not ("and" or "or" or "who" or "which" or "that");
            if (!verbFollows)
            {
                return null;
            }

            var span = new TextSpan(tokens[from].Start, token.End);
            return (new Speaker(span, null, document.TextOf(span)), from, head + 1);
        }

        return null;
    }

    /// <summary>
    /// Where the main clause starts: after a fronted phrase such as "After Trump's call to bar Muslims, …"
    /// or "Hours later, …", whose names are not the subject.
    /// </summary>
    internal static int MainClauseStart(AnalysisDocument document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var first = tokens[sentence.FirstToken];
        var fronted = NameLexicon.NotNames.Contains(first.Text) || first.Kind == TokenKind.Number;
        if (!fronted || CueLexicon.Pronouns.Contains(first.Text) || first.Text is "The" or "A" or "An" or "This" or "These" or "Those")
        {
            return sentence.FirstToken;
        }

        for (var j = sentence.FirstToken + 1; j < Math.Min(sentence.EndToken - 1, sentence.FirstToken + 15); j++)
        {
            if (tokens[j].Text == "," && !document.IsQuoted(tokens[j].Start))
            {
                return j + 1;
            }
        }

        return sentence.FirstToken;
    }
}
