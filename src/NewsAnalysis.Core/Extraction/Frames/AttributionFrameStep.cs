using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>
/// Finds every cue ("said", "told", "according to") outside them whose
/// source the text names: a name, a pronoun resolved to the person it stands for, or a descriptor
/// ("a spokesman", "officials"). Appositions are skipped ("Hugh Hill, a doctor at the hospital, said").
/// </summary>
public sealed class AttributionFrameStep : IAnalysisStep
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "another", "his", "her", "their", "its", "one", "two", "three", "several", "some", "many",
        "other", "both", "most", "these", "those", "this", "our", "my",
    };

    private static readonly HashSet<string> DescriptorHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source", "sources",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts",
        "lawyer", "lawyers", "attorney", "attorneys", "police", "authorities", "witness", "witnesses", "resident",
        "residents", "statement", "report", "reports", "study", "survey", "poll", "polls", "document", "letter",
        "filing", "complaint", "lawsuit", "ministry", "government", "campaign", "administration", "committee",
        "agency", "department", "officer", "officers", "investigators", "prosecutors", "prosecutor", "critics",
        "supporters", "opponents", "leader", "leaders", "president", "minister", "secretary", "ambassador", "envoy",
        "chief", "director", "executive", "executives", "chairman", "chairwoman", "senator", "senators", "candidate",
        "nominee", "governor", "mayor", "judge", "doctor", "doctors", "researchers", "scientists", "economists",
        "people", "voters", "group", "groups", "organization", "party", "members", "man", "woman", "men", "women",
        "father", "mother", "son", "daughter", "friend", "friends", "neighbor", "neighbour", "representative",
        "representatives", "diplomat", "diplomats", "commander", "general", "military", "army", "lawmakers",
        "legislators", "republicans", "democrats", "activists", "protesters", "workers", "employees", "host",
        "reporter", "reporters", "journalist", "journalists", "newspaper", "paper", "website", "article", "book",
        "memo", "email", "tweet", "data", "figures", "research", "findings", "evidence", "court", "ruling", "staff",
        "staffer", "staffers", "operative", "operatives", "strategist", "strategists", "pollster", "pollsters",
        "insiders", "insider", "observers", "commentators", "columnist", "editor", "editorial", "board", "panel",
        "council", "congressman", "congresswoman", "spokesmen", "parents", "family", "families", "victims",
        "nominees", "candidates", "allies", "ally", "rival", "rivals", "opponent", "challenger", "incumbent",
        "businessman", "billionaire", "mogul", "star", "actor", "actress", "singer", "author", "professor",
        "teacher", "student", "students", "officer", "trooper", "sheriff", "agent", "agents", "inspector",
        "inspectors", "coach", "player", "players", "fans", "audience", "crowd", "rally", "memoir", "interview",
        "release", "announcement", "assessment", "estimate", "estimates", "forecast", "analysis",
    };

    public IReadOnlyList<DocumentLayer> Reads { get; } =
        [DocumentLayer.Segments, DocumentLayer.Mentions, DocumentLayer.Entities, DocumentLayer.Quotations];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.Frames];

    public void Run(AnalysisDocument document)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                var token = document.Tokens[c];
                if (token.Kind != TokenKind.Word || document.IsQuoted(token.Start))
                {
                    continue;
                }

                var frame = token.Text.Equals("according", StringComparison.OrdinalIgnoreCase)
                    ? AccordingTo(document, sentence, s, c)
                    : CueFrame(document, sentence, s, c);
                if (frame is not null)
                {
                    document.Frames.Add(frame);
                }
            }
        }
    }

    private static AttributionFrame? AccordingTo(AnalysisDocument document, Sentence sentence, int s, int c)
    {
        if (c + 2 >= sentence.EndToken || !document.Tokens[c + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var np = SourceAfter(document, sentence, c + 2);
        return np is { } found
            ? new AttributionFrame(c, c + 2, "according to", found.Source, found.First, found.End, true, s)
            : null;
    }

    private static AttributionFrame? CueFrame(AnalysisDocument document, Sentence sentence, int s, int c)
    {
        var word = document.Tokens[c].Text;
        var lemma = "";
        var phrasal = c + 1 < sentence.EndToken && CueLexicon.TryGetPhrasalLemma(word, document.Tokens[c + 1].Text, out lemma);
        if (!phrasal && !CueLexicon.TryGetLemma(word, out lemma) || char.IsUpper(word[0]) && c != sentence.FirstToken)
        {
            return null;
        }

        // A plural-looking form followed by a verb of its own is a noun: "the boycott calls are unlikely", "his
        // claims were". Not "said" or "says": "the congressman said is designed", "what he says is true".
        if (!phrasal && word.EndsWith('s') && word != "says" && c + 1 < sentence.EndToken && document.Tokens[c + 1].Text is "is" or "are" or "was" or "were" or "have" or "has"
            or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must")
        {
            return null;
        }

        // "Carson continued." and "Trump went on." close a quote; "continued to grow" and "went on to win" are no cues.
        if ((lemma == "continue" && c + 1 < sentence.EndToken && document.Tokens[c + 1].Kind == TokenKind.Word)
            || (lemma == "go on" && c + 2 < sentence.EndToken && document.Tokens[c + 2].Kind == TokenKind.Word))
        {
            return null;
        }

        // "point out": the particle belongs to the cue; "pointed a finger at" is no cue.
        var cueEnd = phrasal ? c + 2 : c + 1;
        if (lemma == "point")
        {
            if (cueEnd >= sentence.EndToken || document.Tokens[cueEnd].Text is not "out")
            {
                return null;
            }

            cueEnd++;
        }

        // Passive: "a figure disputed by Russia's Defense Ministry" - the source follows "by".
        if (cueEnd + 1 < sentence.EndToken && document.Tokens[cueEnd].Text == "by")
        {
            var agent = PossessedOrSelf(document, sentence, cueEnd + 1);
            return agent is { } by && CueLexicon.IsStrong(lemma)
                ? new AttributionFrame(c, cueEnd, lemma, by.Source, by.First, by.End, true, s)
                : null;
        }

        // A participle hangs on the clause's subject: "The United States ... have pointed a finger at the
        // Syrian government saying ...", "Putin has made comparisons ..., calling it ...".
        var before = CueLexicon.IsParticiple(word) && c > sentence.FirstToken
            ? ClauseSubject(document, sentence, c)
            : SourceBefore(document, sentence, c);
        if (before is { } left && (CueLexicon.IsStrong(lemma) || IsDocument(document, left.End - 1)))
        {
            return new AttributionFrame(c, cueEnd, lemma, left.Source, left.First, left.End, false, s);
        }

        // Inverted order after a quote or clause: "..., said Putin", "..., said a spokesman". Not for verbs
        // whose object is the listener ("telling Reuters") nor for participles ("saying the plan …").
        if (CueLexicon.IsStrong(lemma) && !CueLexicon.TakesListener(lemma) && !CueLexicon.IsParticiple(word)
            && c > sentence.FirstToken && IsClauseBoundary(document.Tokens[c - 1]))
        {
            // "…, said the candidate could win": a name followed by its own verb is the subject of what was said.
            var after = SourceAfter(document, sentence, cueEnd);
            if (after is { } right && !(right.End < sentence.EndToken && CueLexicon.ClauseWords.Contains(document.Tokens[right.End].Text)
                && document.Tokens[right.End].Text is not ("and" or "who" or "which" or "as" or "when" or "while")))
            {
                return new AttributionFrame(c, cueEnd, lemma, right.Source, right.First, right.End, true, s);
            }
        }

        return null;
    }

    private static bool IsClauseBoundary(Token token) =>
        token.Kind == TokenKind.QuotationMark || token.Text is "," or "\u2014" or "--" or "-";

    /// <summary>People, organisations and known countries speak ("Russia said"); a town or a region does not.</summary>
    private static bool CanSpeak(EntityMention mention) => mention.Type != EntityType.Location || mention.CanonicalName is not null;

    private static bool IsDocument(AnalysisDocument document, int token) => CueLexicon.DocumentSources.Contains(document.Tokens[token].Text);

    private static (Source Source, int First, int End)? SourceBefore(AnalysisDocument document, Sentence sentence, int cue)
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
                && (Determiners.Contains(opener.Text) || opener.Text is "who" or "which" || char.IsLower(opener.Text[0])
                    || opener.Kind == TokenKind.Number || IsPartyAndState(opener.Text) || role))
            {
                var named = NounPhraseEndingAt(document, sentence, k - 1);
                if (named is { } found && (found.Source.Entity is not null || char.IsUpper(document.Text[found.Source.Mention.Start])))
                {
                    return found;
                }
            }

            // The name in apposition to a role: "His former partner, Lawrence Cummings, said".
            if (tokens[k].Text == "," && document.MentionStartingAt(k + 1) is { Type: EntityType.Person } name && name.EndToken == j)
            {
                return (document.SourceOf(name), name.FirstToken, name.EndToken);
            }

            return null;
        }

        return NounPhraseEndingAt(document, sentence, j);
    }

    /// <summary>"forcefully told", "angrily said": an adverb of manner between a source and its cue.</summary>
    private static bool IsMannerAdverb(string word) =>
        word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0])
            && !DescriptorHeads.Contains(word) && word is not ("family" or "assembly" or "supply" or "monopoly" or "anomaly");

    /// <summary>A quotation mark at <paramref name="k"/> that belongs to a short quote lying wholly in the sentence before it.</summary>
    private static bool IsClosedQuoteWithin(AnalysisDocument document, int k, int sentenceStart)
    {
        var mark = document.Tokens[k];
        return document.Quotations.Any(q => (q.Span.End <= mark.Start && mark.Start - q.Span.End <= 2 || q.Span.Start >= mark.End && q.Span.Start - mark.End <= 2)
            && q.Span.Start > document.Tokens[sentenceStart].Start && q.Span.Length <= 60);
    }

    private static (Source Source, int First, int End)? NounPhraseEndingAt(AnalysisDocument document, Sentence sentence, int j)
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
            return CanSpeak(mention) ? (document.SourceOf(mention), WithTitles(document, sentence, mention.FirstToken), mention.EndToken) : null;
        }

        if (CueLexicon.Pronouns.Contains(tokens[j].Text))
        {
            return (PronounResolver.Resolve(document, j), j, j + 1);
        }

        // "Stevie Wonder, who joked …": the relative pronoun is the source, standing for the phrase before it.
        if (tokens[j].Text is "who" or "which" && j - 1 > sentence.FirstToken)
        {
            var antecedent = NounPhraseEndingAt(document, sentence, tokens[j - 1].Text == "," ? j - 2 : j - 1);
            return antecedent is { } found
                ? (found.Source with { Mention = tokens[j].Span }, j, j + 1)
                : null;
        }

        if (UnrecognisedName(document, sentence, j, backwards: true) is { } name)
        {
            return name;
        }

        var known = DescriptorHeads.Contains(tokens[j].Text);
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
            if (Determiners.Contains(previous.Text))
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
            return (new Source(whole, null, document.TextOf(whole)), head.First, j + 1);
        }

        var span = new TextSpan(tokens[first].Start, tokens[j].End);
        return (new Source(span, null, document.TextOf(span)), first, j + 1);
    }

    /// <summary>
    /// "Rep. Gwen Moore (D-Wis.) said", "Sen. Bernie Sanders (Vt.)": a short parenthesis closing a name
    /// (party, state, age) is skipped so that the name itself is the source.
    /// </summary>
    private static int BeforeParenthesis(AnalysisDocument document, Sentence sentence, int j)
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
    private static (Source Source, int First, int End)? PossessedOrSelf(AnalysisDocument document, Sentence sentence, int start)
    {
        var owner = SourceAfter(document, sentence, start);
        if (owner is { } found && found.End + 1 < sentence.EndToken && document.Tokens[found.End].Text is "'s" or "\u2019s")
        {
            return SourceAfter(document, sentence, found.End + 1) ?? owner;
        }

        return owner;
    }

    /// <summary>"R-Ky.", "D-N.Y.": the party and state that follow a US politician's name.</summary>
    private static bool IsPartyAndState(string word) =>
        word.Length >= 4 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    /// <summary>
    /// Where the words naming a source begin, titles included ("Senate Majority Leader Mitch McConnell"),
    /// so that a cue right after a quote is still seen as right after it.
    /// </summary>
    private static int WithTitles(AnalysisDocument document, Sentence sentence, int first)
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

    private static bool IsOutsideNounPhrase(string word) => CueLexicon.ClauseWords.Contains(word) || CueLexicon.Prepositions.Contains(word);

    /// <summary>Rules out the words a noun phrase does not end with ("the newly", "a very", "the same", "the following", "the video … but").</summary>
    private static bool IsNounLike(string word) =>
        word.Length > 2 && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !Determiners.Contains(word) && !IsOutsideNounPhrase(word)
            && word is not ("same" or "first" or "last" or "other" or "new" or "more" or "most" or "such" or "very" or "only");

    private static (Source Source, int First, int End)? SourceAfter(AnalysisDocument document, Sentence sentence, int start)
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
            return (document.SourceOf(titled), titled.FirstToken, titled.EndToken);
        }

        if (mention is not null)
        {
            return mention.Type != EntityType.Location ? (document.SourceOf(mention), mention.FirstToken, mention.EndToken) : null;
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
        (Source Source, int First, int End)? descriptor = null;
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
                return (document.SourceOf(m), m.FirstToken, m.EndToken);
            }

            if (DescriptorHeads.Contains(t.Text))
            {
                var span = new TextSpan(tokens[start].Start, t.End);
                descriptor = (new Source(span, null, document.TextOf(span)), start, j + 1);
            }
            else if (descriptor is not null)
            {
                break;
            }
        }

        return descriptor ?? DeterminedPhrase(document, sentence, start);
    }

    /// <summary>"said the ad's narrator.", "read the email": a short determiner phrase that ends its clause.</summary>
    private static (Source Source, int First, int End)? DeterminedPhrase(AnalysisDocument document, Sentence sentence, int start)
    {
        var tokens = document.Tokens;
        if (!Determiners.Contains(tokens[start].Text) || tokens[start].Text is "this" or "these" or "those")
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
        if (end - start < 2 || !closes || !IsNounLike(tokens[end - 1].Text))
        {
            return null;
        }

        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        return (new Source(span, null, document.TextOf(span)), start, end);
    }

    /// <summary>
    /// Capitalised words next to a cue that the entity step did not take for a name ("Viguerie said",
    /// "said Gov. Kasich"): a name all the same, linked to the article's person of that surname if any.
    /// </summary>
    private static (Source Source, int First, int End)? UnrecognisedName(AnalysisDocument document, Sentence sentence, int edge, bool backwards)
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
            return (new Source(span, person, document.Entities[person].Name), first, end);
        }

        return (new Source(span, null, document.TextOf(span)), first, end);
    }

    /// <summary>The subject of the clause a participle hangs on: "Putin ..., calling it ...".</summary>
    private static (Source Source, int First, int End)? ClauseSubject(AnalysisDocument document, Sentence sentence, int cue)
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
                return (document.SourceOf(mention), mention.FirstToken, mention.EndToken);
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
    internal static (Source Source, int First, int End)? DescriptorSubject(AnalysisDocument document, Sentence sentence, int from)
    {
        var tokens = document.Tokens;
        for (var head = from; head < Math.Min(sentence.EndToken - 1, from + 5); head++)
        {
            var token = tokens[head];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || document.IsQuoted(token.Start)
                || IsOutsideNounPhrase(token.Text) || CueLexicon.Pronouns.Contains(token.Text)
                || head > from && CueLexicon.TryGetLemma(token.Text, out _))
            {
                return null;
            }

            if (!DescriptorHeads.Contains(token.Text) || head > from && char.IsUpper(token.Text[0]))
            {
                continue;
            }

            var next = tokens[head + 1];
            var verbFollows = next.Kind == TokenKind.Word && char.IsLower(next.Text[0]) && !CueLexicon.Prepositions.Contains(next.Text)
                && !DescriptorHeads.Contains(next.Text) && next.Text is not ("and" or "or" or "who" or "which" or "that");
            if (!verbFollows)
            {
                return null;
            }

            var span = new TextSpan(tokens[from].Start, token.End);
            return (new Source(span, null, document.TextOf(span)), from, head + 1);
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
