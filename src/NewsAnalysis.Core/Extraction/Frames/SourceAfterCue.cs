using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>The source an inverted cue takes from after it: "said Putin", "said a spokesman for the ministry", "according to officials".</summary>
internal static class SourceAfterCue
{
    internal static (Speaker Source, int First, int End)? Find(AnalysisDocument document, Sentence sentence, int start)
    {
        // "said in a statement", "said on CNN": what a preposition introduces is not the speaker.
        if (start >= sentence.EndToken || CueLexicon.Prepositions.Contains(document.Tokens[start].Text))
        {
            return null;
        }

        var tokens = document.Tokens;
        var mention = document.MentionStartingAt(start);

        // "said Chicago Alderman Jason Ervin", "said Senate Leader Ann Lee": a place or body in the title before the person.
        if (mention is not null && mention.Type != EntityType.Person
            && document.Mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.FirstToken >= mention.EndToken
                && m.FirstToken <= mention.EndToken + 2 && m.FirstToken < sentence.EndToken) is { } titled
            && Enumerable.Range(mention.EndToken, titled.FirstToken - mention.EndToken).All(t => NameLexicon.Titles.Contains(tokens[t].Text)))
        {
            return (document.SpeakerOf(titled), titled.FirstToken, titled.EndToken);
        }

        if (mention is not null)
        {
            if (mention.Type != EntityType.Location)
            {
                return (document.SpeakerOf(mention), mention.FirstToken, mention.EndToken);
            }

            // A town or region does not speak, and a capitalised name after a cue that is no known place is a person the
            // recogniser took for a place after the cue's particle: "“…,” chimed in Lena Ortiz".
            return mention.CanonicalName is null && document.Tokens[start - 1].Text.Equals("in", StringComparison.OrdinalIgnoreCase)
                ? UnrecognisedName(document, sentence, start, backwards: false)
                : null;
        }

        if (CueLexicon.Pronouns.Contains(tokens[start].Text))
        {
            return (PronounResolver.Resolve(document, start), start, start + 1);
        }

        if (UnrecognisedName(document, sentence, start, backwards: false) is { } name)
        {
            return name;
        }

        // A descriptor phrase ("the source", "a spokesman for the ministry"), or one that leads into a
        // name ("chief executive Maren Telloway", "the Syrian envoy Bashar Ja'afari").
        (Speaker Source, int First, int End)? descriptor = null;
        for (var j = start; j < Math.Min(sentence.EndToken, start + 6); j++)
        {
            // A number may qualify the descriptor: "9/11 widow Terry Strada", "two senior officials".
            var t = tokens[j];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number) || document.IsQuoted(t.Start))
            {
                break;
            }

            var m = document.MentionStartingAt(j);
            if (m is not null && j > start)
            {
                return (document.SpeakerOf(m), m.FirstToken, m.EndToken);
            }

            if (DescriptorLexicon.DescriptorHeads.Contains(t.Text))
            {
                var span = new TextSpan(tokens[start].Start, t.End);
                descriptor = (new Speaker(span, null, document.TextOf(span)), start, j + 1);
            }
            else if (descriptor is not null)
            {
                break;
            }
        }

        return descriptor ?? DeterminedPhrase(document, sentence, start);
    }

    /// <summary>"said the ad's narrator.", "read the email": a short determiner phrase that ends its clause.</summary>
    internal static (Speaker Source, int First, int End)? DeterminedPhrase(AnalysisDocument document, Sentence sentence, int start)
    {
        var tokens = document.Tokens;
        if (!DescriptorLexicon.Determiners.Contains(tokens[start].Text) || tokens[start].Text is "this" or "these" or "those")
        {
            return null;
        }

        var end = start + 1;
        while (end < sentence.EndToken && end - start < 6 && tokens[end].Kind == TokenKind.Word && tokens[end].Text is not ("who" or "that" or "which")
            && !CueLexicon.TryGetLemma(tokens[end].Text, out _))
        {
            end++;
        }

        var closes = end >= sentence.EndToken || tokens[end].Kind is TokenKind.Punctuation or TokenKind.QuotationMark;

        // "“…,” said another.", "said one, who asked not to be named": the word stands for one of the people quoted.
        if (end - start == 1 && closes && tokens[start].Text is "another" or "one")
        {
            return (new Speaker(tokens[start].Span, null, tokens[start].Text), start, end);
        }

        if (end - start < 2 || !closes || !SourceBeforeCue.IsNounLike(tokens[end - 1].Text))
        {
            return null;
        }

        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        return (new Speaker(span, null, document.TextOf(span)), start, end);
    }

    /// <summary>
    /// Capitalised words next to a cue that the entity step did not take for a name ("Viguerie said",
    /// "said Gov. Kasich"): a name all the same, linked to the article's person of that surname if any.
    /// </summary>
    internal static (Speaker Source, int First, int End)? UnrecognisedName(AnalysisDocument document, Sentence sentence, int edge, bool backwards)
    {
        var tokens = document.Tokens;
        bool IsNameWord(int t) => t >= sentence.FirstToken && t < sentence.EndToken && tokens[t].Kind == TokenKind.Word
            && tokens[t].IsCapitalized && !NameLexicon.NotNames.Contains(tokens[t].Text)
            && !CueLexicon.Pronouns.Contains(tokens[t].Text) && !document.IsQuoted(tokens[t].Start);
        if (!IsNameWord(edge))
        {
            return null;
        }

        // A sentence opener such as "Having", "Amid" or "Holding" is no name.
        var word = tokens[edge].Text;
        if (edge == sentence.FirstToken && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)))
        {
            return null;
        }

        int first = edge, end = edge + 1;
        if (backwards)
        {
            while (first - 1 >= sentence.FirstToken && edge - first < 3 && IsNameWord(first - 1))
            {
                first--;
            }
        }
        else
        {
            while (end < sentence.EndToken && end - edge < 4 && IsNameWord(end))
            {
                end++;
            }
        }

        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        if (document.PersonWithSurname(tokens[end - 1].Text, StringComparison.Ordinal) is { } person)
        {
            return (new Speaker(span, person, document.Entities[person].Name), first, end);
        }

        return (new Speaker(span, null, document.TextOf(span)), first, end);
    }
}
