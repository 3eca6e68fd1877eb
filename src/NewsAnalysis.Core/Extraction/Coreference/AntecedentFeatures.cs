using System.Globalization;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// What the antecedent model reads of a pronoun and one name before it: how far apart they are (sentences, names in
/// between), where the name stands (opening its sentence, after a preposition, possessive, in parentheses or quotes,
/// followed by a verb-like word), how often its entity was named, what kind of pronoun it is and whether it opens its
/// clause; and the pairs of these that parallelism and salience turn on. Hashed into 2^bits bins, the bias first.
/// </summary>
internal static class AntecedentFeatures
{
    private const int MaxScan = 200;

    /// <param name="pronoun">Token index of the pronoun.</param>
    /// <param name="candidate">A person mention that ends before the pronoun.</param>
    /// <param name="standing">Where the candidate stands among the pronoun's other candidates and in the article.</param>
    public static int[] Of(AnalysisDocument document, int pronoun, EntityMention candidate, CandidateStanding standing, int hashBits)
    {
        var (namesBetween, timesNamed, opener, firstPerson, rivals, genderKnown, namedAgain, timesInArticle, cataphoric) = standing;
        var features = new HashedFeatures(hashBits);
        var tokens = document.Tokens;
        var pronounSentence = document.SentenceIndexOfToken(pronoun);
        var candidateSentence = document.SentenceIndexOfToken(candidate.FirstToken);
        var sentences = Math.Min(3, pronounSentence - candidateSentence).ToString(CultureInfo.InvariantCulture);
        var between = Math.Min(3, namesBetween).ToString(CultureInfo.InvariantCulture);
        var kind = PronounKind(document, pronoun);
        var opens = OpensClause(document, pronoun);
        var role = RoleOf(document, candidate);
        var commaBetween = HasClauseBreak(document, candidate.EndToken, pronoun);

        features.Add("s", sentences);
        features.Add("n", between);
        features.Add("sn", sentences + between);
        features.Add("k", kind);
        features.Add("o", opens);
        features.Add("r", role);
        features.Add("op", opener);
        features.Add("t", Math.Min(4, timesNamed).ToString(CultureInfo.InvariantCulture));
        features.Add("first", candidate.Entity == firstPerson);
        features.Add("q", document.IsQuoted(candidate.Span.Start));
        features.Add("pq", document.IsQuoted(tokens[pronoun].Start));
        features.Add("c", commaBetween);
        features.Add("kr", kind + role);
        features.Add("ks", kind + sentences);
        features.Add("kn", kind + between);
        features.Add("ko", kind + (opens ? "1" : "0") + (opener ? "1" : "0"));
        features.Add("rs", role + sentences);
        features.Add("rn", role + between);
        features.Add("os", (opener ? "1" : "0") + sentences);
        features.Add("kc", kind + (commaBetween ? "1" : "0") + sentences);
        features.Add("tn", Math.Min(4, timesNamed).ToString(CultureInfo.InvariantCulture) + between);
        features.Add("len", Math.Min(3, candidate.EndToken - candidate.FirstToken).ToString(CultureInfo.InvariantCulture));
        var cue = CueAfter(document, candidate.EndToken, pronoun);
        features.Add("cue", cue);
        features.Add("kcue", kind + (cue ? "1" : "0") + sentences);
        var distance = TokenDistance(pronoun - candidate.EndToken);
        features.Add("d", distance);
        features.Add("kd", kind + distance);
        features.Add("pw", kind + "|" + WordBefore(document, pronoun));
        features.Add("cw", WordAfter(document, candidate.EndToken));
        var alone = Math.Min(2, rivals).ToString(CultureInfo.InvariantCulture);
        features.Add("rv", alone);
        features.Add("krv", kind + alone + sentences);
        features.Add("bw", WordBefore(document, candidate.FirstToken));
        features.Add("ty", candidate.Type.ToString());
        // Syntactic parallelism, the GAP paper's best baseline: a subject pronoun takes a subject, a possessive a possessive.
        var subjectLike = opener || role == "verb";
        features.Add("par", kind + (subjectLike ? "1" : "0") + sentences);
        features.Add("g", kind + (genderKnown ? "1" : "0") + alone);
        features.Add("again", namedAgain);
        features.Add("tot", Math.Min(5, timesInArticle).ToString(CultureInfo.InvariantCulture) + sentences);
        features.Add("app", Apposed(document, candidate.EndToken));
        features.Add("pa", kind + "|" + WordAfter(document, pronoun + 1));
        features.Add("krsc", kind + role + sentences + (commaBetween ? "1" : "0"));
        features.Add("cata", cataphoric);
        features.Add("kcata", kind + (cataphoric ? "1" : "0") + alone);
        return features.ToArray();
    }

    /// <summary>"Smith, a lawyer, …": the name is followed by a comma and a lower-case word or article.</summary>
    private static bool Apposed(AnalysisDocument document, int afterName) =>
        afterName + 1 < document.Tokens.Count && document.Tokens[afterName].Text == ","
        && document.Tokens[afterName + 1] is { Kind: TokenKind.Word } next && (!next.IsCapitalized || next.Text is "The" or "A" or "An");

    /// <summary>"Smith said he …", "Smith told reporters his …": a verb of saying right after the name, before the pronoun.</summary>
    private static bool CueAfter(AnalysisDocument document, int afterName, int pronoun)
    {
        for (var t = afterName; t < pronoun && t < afterName + 3; t++)
        {
            if (CueLexicon.TryGetLemma(document.Tokens[t].Text, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static string TokenDistance(int tokens) => tokens switch
    {
        < 3 => "0",
        < 6 => "1",
        < 12 => "2",
        < 24 => "3",
        < 48 => "4",
        _ => "5",
    };

    private static string WordBefore(AnalysisDocument document, int token) =>
        token > 0 ? document.Tokens[token - 1].Text.ToLowerInvariant() : "^";

    private static string WordAfter(AnalysisDocument document, int token) =>
        token < document.Tokens.Count ? document.Tokens[token].Text.ToLowerInvariant() : "$";

    /// <summary>subject, object, possessive or reflexive.</summary>
    private static string PronounKind(AnalysisDocument document, int pronoun)
    {
        var word = document.Tokens[pronoun].Text.ToLowerInvariant();
        if (word is "he" or "she")
        {
            return "subj";
        }

        if (word.EndsWith("self", StringComparison.Ordinal))
        {
            return "refl";
        }

        if (word is "his" or "hers")
        {
            return "poss";
        }

        if (word == "her" && pronoun + 1 < document.Tokens.Count && document.Tokens[pronoun + 1] is { Kind: TokenKind.Word } next
            && !CueLexicon.Prepositions.Contains(next.Text) && next.Text is not ("and" or "or" or "to" or "that"))
        {
            return "poss";
        }

        return "obj";
    }

    /// <summary>Where the name stands in its sentence.</summary>
    private static string RoleOf(AnalysisDocument document, EntityMention mention)
    {
        var tokens = document.Tokens;
        if (mention.EndToken < tokens.Count && tokens[mention.EndToken].Text is "'s" or "\u2019s")
        {
            return "poss";
        }

        if (mention.FirstToken > 0 && tokens[mention.FirstToken - 1].Text is "(")
        {
            return "paren";
        }

        if (mention.FirstToken > 0 && CueLexicon.Prepositions.Contains(tokens[mention.FirstToken - 1].Text))
        {
            return "prep";
        }

        if (mention.EndToken < tokens.Count && tokens[mention.EndToken] is { Kind: TokenKind.Word } next && !next.IsCapitalized
            && !CueLexicon.Prepositions.Contains(next.Text) && next.Text is not ("and" or "or"))
        {
            return "verb";
        }

        return mention.EndToken < tokens.Count && tokens[mention.EndToken].Text == "," ? "comma" : "other";
    }

    private static bool OpensClause(AnalysisDocument document, int pronoun)
    {
        if (pronoun == 0)
        {
            return true;
        }

        var before = document.Tokens[pronoun - 1];
        return before.Kind is TokenKind.Punctuation or TokenKind.QuotationMark || before.Text is "and" or "but" or "And" or "But"
            || document.Sentences[document.SentenceIndexOfToken(pronoun)].FirstToken == pronoun;
    }

    /// <summary>
    /// A comma, semicolon, colon or dash between the two; a stretch longer than <see cref="MaxScan"/> tokens counts as
    /// broken, which keeps the scan bounded on text without punctuation.
    /// </summary>
    private static bool HasClauseBreak(AnalysisDocument document, int from, int to)
    {
        if (to - from > MaxScan)
        {
            return true;
        }

        for (var t = from; t < to; t++)
        {
            if (document.Tokens[t].Text is "," or ";" or ":" or "--" or "\u2014")
            {
                return true;
            }
        }

        return false;
    }
}
