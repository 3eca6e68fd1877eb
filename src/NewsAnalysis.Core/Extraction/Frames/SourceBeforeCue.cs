using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>The source a cue takes from before it: "Putin said", "a senior U.S. official said", "Russia’s Defense Ministry said".</summary>
internal static class SourceBeforeCue
{
    /// <summary>How many tokens an apposition between dashes may hold.</summary>
    private const int MaxDashApposition = 15;

    private static bool IsDash(string word) => word is "\u2014" or "\u2013" or "--";

    internal static (Speaker Source, int First, int End)? Find(AnalysisDocument document, Sentence sentence, int cue)
    {
        var tokens = document.Tokens;
        var j = cue - 1;
        while (j >= sentence.FirstToken && (CueLexicon.Auxiliaries.Contains(tokens[j].Text) || IsMannerAdverb(tokens[j].Text))
            && !CueLexicon.Pronouns.Contains(tokens[j].Text))
        {
            j--;
        }

        if (j < sentence.FirstToken || document.IsQuoted(tokens[j].Start))
        {
            return null;
        }

        // Passive: "a curfew was announced", "he was told": the subject is what is said or who hears it.
        if (!CueLexicon.IsParticiple(tokens[cue].Text))
        {
            for (var a = j + 1; a < cue; a++)
            {
                if (tokens[a].Text is "was" or "were" or "is" or "are" or "be" or "been" or "being")
                {
                    return null;
                }
            }
        }

        // An apposition that ends with a quoted title closes with the title's comma: "…, author of ''Rules,'' put it".
        var marks = j;
        while (marks > sentence.FirstToken && tokens[marks].Kind == TokenKind.QuotationMark)
        {
            marks--;
        }

        if (marks < j && marks - 1 > sentence.FirstToken && tokens[marks].Text == "," && IsClosedQuoteWithin(document, j, sentence.FirstToken))
        {
            j = marks;
        }

        // An apposition between dashes: "Jason Sims — a teacher from Mount Pleasant — says".
        if (IsDash(tokens[j].Text) && j - 1 > sentence.FirstToken)
        {
            for (var k = j - 1; k > sentence.FirstToken && k >= j - MaxDashApposition; k--)
            {
                if (IsDash(tokens[k].Text))
                {
                    return document.MentionEndingAt(k) is { Type: EntityType.Person } named && !document.IsQuoted(named.Span.Start)
                        ? (document.SpeakerOf(named), WithTitles(document, sentence, named.FirstToken), named.EndToken)
                        : null;
                }
            }

            return null;
        }

        // Apposition: "Hugh Hill, a doctor at the hospital, said".
        if (tokens[j].Text == "," && j - 1 > sentence.FirstToken)
        {
            var k = j - 1;
            // A quoted title may sit in the apposition: "Akhil Amar, author of ''Unwritten Rules,'' put it".
            while (k > sentence.FirstToken && (tokens[k].Text != "," || document.IsQuoted(tokens[k].Start))
                && (tokens[k].Kind != TokenKind.QuotationMark || IsClosedQuoteWithin(document, k, sentence.FirstToken)))
            {
                k--;
            }

            // The apposition opens with a determiner, a relative pronoun or a lower-case role ("founder of …", "58"),
            // or is a role with its organisation's name in front ("Sanders' campaign manager", "Apple's chief executive").
            var opener = k + 1 < j ? tokens[k + 1] : default;
            var role = false;
            for (var r = k + 1; r < j; r++)
            {
                role |= tokens[r].Kind == TokenKind.Word && char.IsLower(tokens[r].Text[0]) && !IsOutsideNounPhrase(tokens[r].Text);
            }

            if (tokens[k].Text == "," && k + 1 < j
                && (DescriptorLexicon.Determiners.Contains(opener.Text) || opener.Text is "who" or "which" || char.IsLower(opener.Text[0])
                    || opener.Kind == TokenKind.Number || IsPartyAndState(opener.Text) || role))
            {
                var named = NounPhraseEndingAt(document, sentence, k - 1);
                if (named is { } found && (found.Source.Entity is not null || char.IsUpper(document.Text[found.Source.Mention.Start])))
                {
                    return found;
                }
            }

            // The name in apposition to a role: "His former partner, Lawrence Cummings, said", "Kell's sister, state
            // Rep. Anna Kell (D-Ohio), said", titles and a closing parenthesis included.
            if (tokens[k].Text == "," && document.MentionEndingAt(BeforeParenthesis(document, sentence, j - 1) + 1) is { Type: EntityType.Person } name
                && name.FirstToken > k && WithTitles(document, sentence, name.FirstToken) - k <= 2)
            {
                return (document.SpeakerOf(name), name.FirstToken, name.EndToken);
            }

            return null;
        }

        return NounPhraseEndingAt(document, sentence, j);
    }

    /// <summary>"forcefully told", "angrily said": an adverb of manner between a source and its cue.</summary>
    internal static bool IsMannerAdverb(string word) =>
        word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0])
            && !DescriptorLexicon.DescriptorHeads.Contains(word) && word is not ("family" or "assembly" or "supply" or "monopoly" or "anomaly");

    /// <summary>A quotation mark at <paramref name="k"/> that belongs to a short quote lying wholly in the sentence before it.</summary>
    internal static bool IsClosedQuoteWithin(AnalysisDocument document, int k, int sentenceStart)
    {
        var mark = document.Tokens[k];
        return document.Quotations.Any(q => (q.Span.End <= mark.Start && mark.Start - q.Span.End <= 2 || q.Span.Start >= mark.End && q.Span.Start - mark.End <= 2)
            && q.Span.Start > document.Tokens[sentenceStart].Start && q.Span.Length <= 60);
    }

    internal static (Speaker Source, int First, int End)? NounPhraseEndingAt(AnalysisDocument document, Sentence sentence, int j)
    {
        if (j < sentence.FirstToken)
        {
            return null;
        }

        var tokens = document.Tokens;
        j = BeforeParenthesis(document, sentence, j);
        var mention = document.MentionEndingAt(j + 1);
        if (mention is not null && !document.IsQuoted(mention.Span.Start))
        {
            if (PersonOfPlace(document, sentence, mention) is { } person)
            {
                return (document.SpeakerOf(person), WithTitles(document, sentence, person.FirstToken), person.EndToken);
            }

            return CanSpeak(mention) ? (document.SpeakerOf(mention), WithTitles(document, sentence, mention.FirstToken), mention.EndToken) : null;
        }

        if (CueLexicon.Pronouns.Contains(tokens[j].Text))
        {
            return (PronounResolver.Resolve(document, j), j, j + 1);
        }

        // "Stevie Wonder, who joked …": the relative pronoun is the source, standing for the phrase before it.
        if (tokens[j].Text is "who" or "which" && j - 1 > sentence.FirstToken)
        {
            if (PronounResolver.RelativeAntecedent(document, j) is { Type: EntityType.Person } person && tokens[j - 1].Text == ","
                && person.EndToken < j - 1)
            {
                return (document.SpeakerOf(person) with { Mention = tokens[j].Span }, j, j + 1);
            }

            var antecedent = NounPhraseEndingAt(document, sentence, tokens[j - 1].Text == "," ? j - 2 : j - 1);
            return antecedent is { } found
                ? (found.Source with { Mention = tokens[j].Span }, j, j + 1)
                : null;
        }

        if (SourceAfterCue.UnrecognisedName(document, sentence, j, backwards: true) is { } name)
        {
            return name;
        }

        var known = DescriptorLexicon.DescriptorHeads.Contains(tokens[j].Text);
        if (!known && (tokens[j].Kind != TokenKind.Word || !char.IsLower(tokens[j].Text[0])))
        {
            return null;
        }

        // "a spokesman", "White House officials", "the Syrian envoy": back to a determiner or a name. A head
        // outside the list ("the gambling tycoon") counts only with its determiner.
        var first = j;
        var limit = Math.Max(sentence.FirstToken, j - 5);
        var determined = false;
        while (first > limit)
        {
            var previous = tokens[first - 1];
            if (previous.Kind != TokenKind.Word || document.IsQuoted(previous.Start) || CueLexicon.TryGetLemma(previous.Text, out _)
                || IsOutsideNounPhrase(previous.Text) && previous.Text != "of")
            {
                break;
            }

            first--;
            if (DescriptorLexicon.Determiners.Contains(previous.Text))
            {
                determined = true;
                break;
            }
        }

        if (!known && (!determined || !IsNounLike(tokens[j].Text)))
        {
            return null;
        }

        // A phrase that a preposition governs is not the subject of the cue: it belongs to the phrase before
        // the preposition ("a spokesman for the buyer said"), or to nothing ("who in the past said").
        if (!known && first - 2 >= sentence.FirstToken && CueLexicon.Prepositions.Contains(tokens[first - 1].Text))
        {
            if (NounPhraseEndingAt(document, sentence, first - 2) is not { } head)
            {
                return null;
            }

            if (head.Source.Entity is not null)
            {
                return head;
            }

            var whole = new TextSpan(tokens[head.First].Start, tokens[j].End);
            return (new Speaker(whole, null, document.TextOf(whole)), head.First, j + 1);
        }

        var span = new TextSpan(tokens[first].Start, tokens[j].End);
        return (new Speaker(span, null, document.TextOf(span)), first, j + 1);
    }

    /// <summary>
    /// "Rep. Gwen Moore (D-Wis.) said", "Sen. Bernie Sanders (Vt.)": a short parenthesis closing a name
    /// (party, state, age) is skipped so that the name itself is the source.
    /// </summary>
    internal static int BeforeParenthesis(AnalysisDocument document, Sentence sentence, int j)
    {
        var tokens = document.Tokens;
        if (tokens[j].Text != ")")
        {
            return j;
        }

        for (var k = j - 1; k > sentence.FirstToken && j - k <= 6; k--)
        {
            if (tokens[k].Text == "(")
            {
                var previous = tokens[k - 1];
                return previous.Kind == TokenKind.Word && previous.IsCapitalized && !document.IsQuoted(previous.Start) ? k - 1 : j;
            }

            if (tokens[k].Text is ")" or "," or ";" || tokens[k].Kind == TokenKind.QuotationMark)
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>"Russia's Defense Ministry": the possessed name when there is one, else the name itself.</summary>
    internal static (Speaker Source, int First, int End)? PossessedOrSelf(AnalysisDocument document, Sentence sentence, int start)
    {
        var owner = SourceAfterCue.Find(document, sentence, start);
        if (owner is { } found && found.End + 1 < sentence.EndToken && document.Tokens[found.End].Text is "'s" or "\u2019s")
        {
            return SourceAfterCue.Find(document, sentence, found.End + 1) ?? owner;
        }

        return owner;
    }

    /// <summary>
    /// "Stacy Baker of Columbia, South Carolina says": the person a place (or a chain of places) after "of" or "from"
    /// says where they come from; null when the place is not so placed.
    /// </summary>
    private static EntityMention? PersonOfPlace(AnalysisDocument document, Sentence sentence, EntityMention place)
    {
        if (place.Type != EntityType.Location)
        {
            return null;
        }

        var tokens = document.Tokens;
        var first = place.FirstToken;
        while (first - 2 > sentence.FirstToken && tokens[first - 1].Text == ","
            && document.MentionEndingAt(first - 1) is { Type: EntityType.Location } earlier)
        {
            first = earlier.FirstToken;
        }

        return first - 2 >= sentence.FirstToken && tokens[first - 1].Text is "of" or "from"
            && document.MentionEndingAt(first - 1) is { Type: EntityType.Person } person && !document.IsQuoted(person.Span.Start)
            ? person
            : null;
    }

    /// <summary>"R-Ky.", "D-N.Y.": the party and state that follow a US politician's name.</summary>
    internal static bool IsPartyAndState(string word) =>
        word.Length >= 4 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    /// <summary>
    /// Where the words naming a source begin, titles included ("Senate Majority Leader Mitch McConnell"),
    /// so that a cue right after a quote is still seen as right after it.
    /// </summary>
    internal static int WithTitles(AnalysisDocument document, Sentence sentence, int first)
    {
        while (first > sentence.FirstToken)
        {
            var previous = document.Tokens[first - 1];
            var isTitle = NameLexicon.Titles.Contains(previous.Text) || NameLexicon.Demonyms.Contains(previous.Text)
                || previous.Text is "of" && first - 2 >= sentence.FirstToken && NameLexicon.Titles.Contains(document.Tokens[first - 2].Text);
            if (!isTitle || document.IsQuoted(previous.Start))
            {
                break;
            }

            first--;
        }

        return first;
    }

    internal static bool IsOutsideNounPhrase(string word) => CueLexicon.ClauseWords.Contains(word) || CueLexicon.Prepositions.Contains(word);

    /// <summary>Rules out the words a noun phrase does not end with ("the newly", "a very", "the same", "the following", "the video … but").</summary>
    internal static bool IsNounLike(string word) =>
        word.Length > 2 && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !DescriptorLexicon.Determiners.Contains(word) && !IsOutsideNounPhrase(word)
            && word is not ("same" or "first" or "last" or "other" or "new" or "more" or "most" or "such" or "very" or "only");

    /// <summary>People, organisations and known countries speak ("Russia said"); a town or a region does not.</summary>
    private static bool CanSpeak(EntityMention mention) => mention.Type != EntityType.Location || mention.CanonicalName is not null;
}
