namespace NewsAnalysis.Core.Extraction.Lexicons;

/// <summary>
/// Verbs of saying, thinking and reporting in all their forms ("said", "says", "saying", "told"),
/// and the few words that sit between a source and its cue without changing who speaks.
/// </summary>
internal static class CueLexicon
{
    private static readonly string[] RegularLemmas =
    [
        "add", "state", "claim", "note", "explain", "argue", "insist", "warn", "ask", "reply", "respond", "announce",
        "declare", "deny", "acknowledge", "admit", "suggest", "believe", "accuse", "call", "describe", "dismiss",
        "criticize", "criticise", "urge", "predict", "estimate", "report", "confirm", "recall", "emphasize",
        "emphasise", "stress", "conclude", "complain", "charge", "allege", "contend", "assert", "maintain",
        "concede", "promise", "vow", "threaten", "tweet", "testify", "recount", "observe", "point", "mention",
        "remark", "reveal", "disclose", "indicate", "signal", "caution", "demand", "propose", "reiterate",
        "repeat", "comment", "answer", "question", "wonder", "boast", "brag", "joke", "quip", "laugh", "scream",
        "shout", "yell", "cry", "whisper", "murmur", "mutter", "exclaim", "denounce", "condemn", "praise", "hail",
        "blame", "attack", "slam", "blast", "lambast", "reject", "dispute", "contest", "counter", "retort",
        "agree", "disagree", "object", "protest", "plead", "pledge", "assure", "reassure", "inform", "notify",
        "remind", "advise", "recommend", "instruct", "acknowledge", "affirm", "certify",
        "guarantee", "swear", "posit", "presume", "assume", "suppose", "imagine", "figure", "fear", "worry",
        "hope", "expect", "doubt", "suspect", "conclude", "decide", "determine", "discover", "learn", "realize",
        "realise", "recognize", "recognise", "claim", "forecast", "project", "calculate", "reckon", "insinuate",
        "imply", "hint", "speculate", "theorize", "surmise", "concur", "echo", "explain", "elaborate", "describe",
        "portray", "characterize", "label", "brand", "dub", "term", "post", "blog", "email", "text", "message",
        "publish", "print", "air", "broadcast", "chime", "summarize", "continue", "chant",
        "opine", "lament", "regret", "apologize", "apologise", "concede", "confess", "volunteer", "interject",
        "interrupt", "testify", "recount", "relate", "narrate", "document", "detail", "outline", "list", "cite",
        "quote", "show", "demonstrate", "prove", "suggest", "find", "mean",

        // Verbs that say how something was said: "“…,” Reyes fumed", "scoffed a former aide".
        // Left out: "snap", "crow", "sigh", "rant", which are as often nouns ("a rant").
        "fume", "scoff", "gush", "muse", "marvel", "groan", "grumble", "gripe", "sneer", "scold", "chide", "bemoan",
        "seethe", "bellow", "exult",
    ];

    private static readonly (string Lemma, string[] Forms)[] IrregularLemmas =
    [
        ("say", ["say", "says", "said", "saying"]),
        ("tell", ["tell", "tells", "told", "telling"]),
        ("write", ["write", "writes", "wrote", "written", "writing"]),
        ("think", ["think", "thinks", "thought", "thinking"]),
        ("feel", ["feel", "feels", "felt", "feeling"]),
        ("speak", ["speak", "speaks", "spoke", "spoken", "speaking"]),
        ("find", ["find", "finds", "found", "finding"]),
        ("swear", ["swear", "swears", "swore", "sworn"]),
        ("teach", ["teach", "teaches", "taught"]),
        ("read", ["read", "reads", "reading"]),
        ("sing", ["sing", "sings", "sang", "sung", "singing"]),
    ];

    /// <summary>Verbs that are too often something else ("find", "show", "fear") to be a cue unless a study, report or poll is the source.</summary>
    private static readonly HashSet<string> WeakLemmas = new(StringComparer.Ordinal)
    {
        "find", "show", "mean", "finish", "begin", "start", "hold", "read", "know", "feel", "decide",
        "determine", "discover", "learn", "realize", "realise", "recognize", "recognise", "order", "direct",
        "post", "print", "air", "text", "message", "document", "list", "detail", "attack", "question", "figure",
        "project", "label", "object", "present", "counter", "expect", "hope", "fear", "worry",
        "imagine", "assume", "suppose", "presume", "cry", "laugh", "quote", "cite", "publish", "broadcast", "email",
        "blog", "term", "brand", "dub", "air", "demonstrate", "prove", "calculate", "speak", "teach",
    };

    private static readonly Dictionary<string, string> FormToLemma = BuildForms();

    /// <summary>Words that may stand between a source and its cue: "Putin has also said", "he appeared to suggest".</summary>
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "also", "later", "then", "previously",
        "once", "recently", "reportedly", "publicly", "privately", "repeatedly", "again", "further", "quickly",
        "immediately", "simply", "flatly", "firmly", "strongly", "would", "will", "could", "may", "might", "should",
        "must", "can", "did", "does", "do", "not", "never", "n't", "to", "appeared", "seemed", "wanted", "went",
        "on", "already", "often", "frequently", "long", "still", "even", "just", "only", "openly", "angrily",
        "bluntly", "calmly", "clearly", "explicitly", "specifically", "separately", "subsequently", "initially",
        "first", "last", "finally", "eventually", "ultimately", "previously", "falsely", "wrongly", "correctly",
        "rightly", "tweeted", "has", "had", "sought", "tried", "continued", "continues", "reportedly", "allegedly",
        "apparently", "personally", "herself", "himself", "themselves", "itself", "directly", "in", "turn",
    };

    /// <summary>Prepositions: a noun phrase right after one is its object, not a speaker ("in a statement", "at the time").</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "of", "to", "for", "with", "from", "by", "about", "during", "after", "before", "since",
        "into", "onto", "over", "under", "through", "throughout", "against", "among", "between", "without", "within",
        "across", "around", "behind", "beyond", "despite", "toward", "towards", "upon", "via", "like", "unlike", "than",
        "amid", "per",
    };

    /// <summary>
    /// Words that do not belong inside a noun phrase naming a source: conjunctions, relative words and the
    /// verbs that link a subject to the rest of its clause ("the video should be released but", "his doctor
    /// Friday afternoon that", "a majority of Americans have come").
    /// </summary>
    public static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "what", "when", "where",
        "while", "whether", "if", "because", "although", "though", "as", "unless", "until", "once", "how", "why",
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "would", "will", "could", "may",
        "might", "should", "must", "can", "did", "does", "do", "not", "n't",
    };

    /// <summary>Pronouns that can name a source.</summary>
    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "it",
    };

    public static bool TryGetLemma(string word, out string lemma) => FormToLemma.TryGetValue(word, out lemma!);

    /// <summary>
    /// Verbs that report speech only with their particle: "shot back", "fired back", "hit back", "as she put it",
    /// "Trump went on", "chimed in Senator Lee" (whose speaker follows the particle).
    /// Kept apart from the single-word cues, since "shot", "fired" and "put" alone are no cues.
    /// </summary>
    private static readonly Dictionary<string, (string Lemma, string Particle)> PhrasalForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["shoot"] = ("shoot back", "back"),
        ["shoots"] = ("shoot back", "back"),
        ["shot"] = ("shoot back", "back"),
        ["fire"] = ("fire back", "back"),
        ["fires"] = ("fire back", "back"),
        ["fired"] = ("fire back", "back"),
        ["hit"] = ("hit back", "back"),
        ["hits"] = ("hit back", "back"),
        ["push"] = ("push back", "back"),
        ["pushes"] = ("push back", "back"),
        ["pushed"] = ("push back", "back"),
        ["put"] = ("put it", "it"),
        ["puts"] = ("put it", "it"),
        ["went"] = ("go on", "on"),
        ["goes"] = ("go on", "on"),
        ["chime"] = ("chime in", "in"),
        ["chimes"] = ("chime in", "in"),
        ["chimed"] = ("chime in", "in"),
    };

    public static bool TryGetPhrasalLemma(string word, string next, out string lemma)
    {
        if (PhrasalForms.TryGetValue(word, out var phrasal) && next.Equals(phrasal.Particle, StringComparison.OrdinalIgnoreCase))
        {
            lemma = phrasal.Lemma;
            return true;
        }

        lemma = "";
        return false;
    }

    /// <summary>Sources that "find", "show" and "suggest" things: documents rather than speakers.</summary>
    public static readonly HashSet<string> DocumentSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "study", "report", "reports", "survey", "poll", "polls", "analysis", "data", "research", "findings",
        "evidence", "investigation", "review", "audit", "document", "documents", "memo", "records", "figures",
        "letter", "article", "statement", "editorial", "story", "piece", "ad", "email", "post", "tweet", "headline",
        "sign", "message", "release", "book", "memoir", "brief", "filing", "complaint", "lawsuit", "bill", "text",
        "it",
    };

    public static bool IsStrong(string lemma) => !WeakLemmas.Contains(lemma);

    /// <summary>Verbs whose object is the listener, not the speaker: "told Reuters", "warned voters".</summary>
    public static bool TakesListener(string lemma) =>
        lemma is "tell" or "warn" or "assure" or "reassure" or "inform" or "notify" or "remind" or "advise" or "urge" or "instruct";

    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.Ordinal);

    private static Dictionary<string, string> BuildForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in RegularLemmas)
        {
            foreach (var form in Inflect(lemma))
            {
                forms.TryAdd(form, lemma);
            }
        }

        foreach (var (lemma, list) in IrregularLemmas)
        {
            foreach (var form in list)
            {
                forms[form] = lemma;
            }
        }

        return forms;
    }

    private static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        if (lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2]))
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
        }
        else if (lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith('x') || lemma.EndsWith('o'))
        {
            yield return lemma + "es";
            yield return lemma + "ed";
        }
        else
        {
            yield return lemma + "s";
            yield return stem + "ed";
        }

        yield return stem + "ing";
        if (IsShortClosed(lemma))
        {
            yield return lemma + lemma[^1] + "ed";
            yield return lemma + lemma[^1] + "ing";
        }
    }

    // Doubling of the final consonant: "admit" -> "admitted", "vow" excluded by the w/x/y rule.
    private static bool IsShortClosed(string lemma) =>
        lemma.Length >= 3 && !"aeiouwxy".Contains(lemma[^1]) && "aeiou".Contains(lemma[^2]) && !"aeiou".Contains(lemma[^3]);
}
