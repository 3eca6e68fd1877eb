namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// The closed word lists of <c>audit-who</c>: words that cannot be a speaker's name on their own, and words that
/// cannot open an entity's name. They are the audit's own lists, not the extractor's, so a word the extractor's
/// lexicons miss is still counted. Comparison ignores case, except that a word of two or more letters written
/// all in capitals is an acronym, not a function word ("US", "IT", "WHO").
/// </summary>
internal static class WhoWordLexicon
{
    /// <summary>Pronouns and relative words: a speaker named only by these is not named at all.</summary>
    public static readonly HashSet<string> PronounsAndRelatives = new(StringComparer.OrdinalIgnoreCase)
    {
        // personal, possessive and reflexive pronouns
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
        "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves",
        "they", "them", "their", "theirs", "themselves", "oneself",
        // demonstratives
        "this", "that", "these", "those",
        // relative and interrogative words
        "who", "whom", "whose", "which", "what", "whoever", "whomever", "whatever", "whichever", "where", "when",
        // indefinite pronouns
        "one", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no one", "nobody", "none",
        "another", "other", "others", "each", "both", "all", "some", "many", "few", "several", "either", "neither",
    };

    /// <summary>
    /// Function words that never open a name: when an entity's name starts with one, the recogniser took a word of
    /// the sentence into the name ("Given Trump", "Although Clinton"). Words that also open real names are left
    /// out on purpose: the modals "Will", "May", "Can" and "Do" (Will Smith, Theresa May, Can Dündar, Do Kwon), "Per"
    /// (a first name), "One" (One Nation), "Near" (Near East), "Up" and "Down", and "Said" (Edward Said). "The"
    /// stays in, although "The Hague" and "The New York Times" are real names: the output counts each opening
    /// word, so those are easy to tell apart.
    /// </summary>
    public static readonly HashSet<string> NameOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        // articles and determiners
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some",
        "any", "no", "every", "each", "either", "neither", "all", "both", "few", "many", "much", "more", "most",
        "several", "such", "another", "other", "what", "which", "whose",
        // prepositions
        "about", "above", "according", "across", "after", "against", "along", "amid", "amidst", "among", "amongst",
        "around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
        "concerning", "despite", "during", "except", "following", "for", "from", "in", "including", "inside", "into",
        "like", "of", "off", "on", "onto", "out", "outside", "over", "past", "regarding", "since", "through",
        "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike", "until", "upon", "via",
        "with", "within", "without",
        // conjunctions
        "and", "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while", "whereas", "unless",
        "whether", "when", "whenever", "where", "wherever", "once", "than", "lest",
        // pronouns (the possessive ones are with the determiners)
        "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "who", "whom", "someone", "anyone",
        "everyone", "nobody", "himself", "herself", "itself", "themselves",
        // auxiliaries and their negations
        "am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "does", "did",
        "would", "could", "should", "shall", "might", "must", "isn't", "aren't", "wasn't", "weren't", "hasn't",
        "haven't", "hadn't", "doesn't", "didn't", "don't", "won't", "wouldn't", "couldn't", "shouldn't", "can't",
        "cannot",
        // sentence adverbs and the participles and words that open a sentence before its subject
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "therefore", "thus",
        "hence", "instead", "indeed", "also", "still", "perhaps", "maybe", "otherwise", "overall", "finally",
        "additionally", "similarly", "likewise", "consequently", "accordingly", "then", "now", "here", "there", "why",
        "how", "given", "asked", "speaking", "told", "even", "only", "just", "not", "unfortunately", "fortunately",
        "clearly", "obviously", "apparently", "earlier", "later", "previously", "recently", "currently", "yesterday",
        "tomorrow", "again", "already", "actually", "certainly", "surely", "sadly", "ironically", "notably",
        "specifically", "ultimately", "initially", "eventually", "anyway", "rather", "namely", "yes", "oh", "well",
    };

    private static readonly char[] Trimmed = ['"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '!', '?'];

    /// <summary>
    /// True when the words name no one: the whole text is a pronoun or relative word ("he", "no one"), or every
    /// word is one ("those who", "he himself").
    /// </summary>
    public static bool IsPronounOrRelative(string text)
    {
        var words = Words(text);
        return words.Length > 0
            && (words.All(IsPronounOrRelativeWord)
                || (!words.Any(IsAcronym) && PronounsAndRelatives.Contains(string.Join(' ', words))));
    }

    /// <summary>The function word the name opens with ("Given" in "Given Trump"), or null.</summary>
    public static string? OpeningFunctionWord(string name)
    {
        var words = Words(name);
        return words.Length > 0 && !IsAcronym(words[0]) && NameOpeners.Contains(words[0]) ? words[0] : null;
    }

    /// <summary>
    /// The words of a name or mention, split at white space, with quotes, brackets and punctuation trimmed off each
    /// end; full stops stay, so the initial "A." is not the article "a".
    /// </summary>
    internal static string[] Words(string text) =>
        text.Replace('’', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.Trim(Trimmed))
            .Where(word => word.Length > 0)
            .ToArray();

    private static bool IsPronounOrRelativeWord(string word) => !IsAcronym(word) && PronounsAndRelatives.Contains(word);

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);
}
