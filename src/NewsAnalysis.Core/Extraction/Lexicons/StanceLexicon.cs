namespace NewsAnalysis.Core.Extraction.Lexicons;

/// <summary>
/// Words of belief, intention and stance that PolNeAR annotates as cues although they are not verbs of
/// saying ("wants", "plans", "supports", "seemed", "declined"), and nouns that carry an attribution
/// ("claims", "remarks", "according"). A hint for the tagger, which also learns the words themselves.
/// </summary>
internal static class StanceLexicon
{
    private static readonly string[] Lemmas =
    [
        "want", "plan", "support", "seem", "appear", "intend", "endorse", "decline", "refuse", "oppose", "favor",
        "favour", "back", "seek", "aim", "vote", "consider", "view", "see", "prefer", "like", "love", "hate", "need",
        "try", "push", "pursue", "embrace", "welcome", "accept", "resist", "fight", "insist", "regard", "treat",
        "according", "statement", "remark", "comment", "claim", "view", "belief", "opinion", "position",
        "accusation", "allegation", "criticism", "argument", "proposal", "testimony", "announcement", "suggestion",
        "warning", "interview", "assessment", "concern", "message", "speech", "letter", "promise", "pledge",
        "threat", "vow", "call", "demand", "request", "plea", "appeal", "fear", "hope", "worry", "wish", "goal",
        "intention", "idea", "sense", "notion", "expectation", "prediction", "estimate", "report", "question",
        "answer", "response", "reply", "denial", "admission", "acknowledgment", "insistence", "rhetoric", "tweet",
        "declare", "indicate", "show", "suggest", "reveal", "mean", "sign", "signal", "evidence", "contend",
    ];

    private static readonly HashSet<string> Forms = BuildForms();

    public static bool Contains(string word) => Forms.Contains(word);

    private static HashSet<string> BuildForms()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in Lemmas)
        {
            var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
            forms.Add(lemma);
            forms.Add(lemma + "s");
            forms.Add(stem + "ed");
            forms.Add(stem + "ing");
            if (lemma.EndsWith('y'))
            {
                forms.Add(lemma[..^1] + "ies");
                forms.Add(lemma[..^1] + "ied");
            }
        }

        return forms;
    }
}
