namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// The Penn Treebank tags that <see cref="PartOfSpeechTagger"/> gives, as CoNLL-2003 writes them (a
/// straight quotation mark is tagged <c>"</c>), and the word classes later steps ask about.
/// </summary>
public static class PennTags
{
    public const string Determiner = "DT";
    public const string CardinalNumber = "CD";
    public const string Preposition = "IN";
    public const string ProperNoun = "NNP";
    public const string ProperNounPlural = "NNPS";
    public const string PersonalPronoun = "PRP";
    public const string PossessivePronoun = "PRP$";
    public const string Modal = "MD";
    public const string VerbPast = "VBD";

    /// <summary>NN, NNS, NNP, NNPS.</summary>
    public static bool IsNoun(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) && !tag.Contains('|', StringComparison.Ordinal);

    public static bool IsProperNoun(string tag) => tag is ProperNoun or ProperNounPlural;

    /// <summary>VB, VBD, VBG, VBN, VBP, VBZ (modals are <see cref="Modal"/>).</summary>
    public static bool IsVerb(string tag) => tag.StartsWith("VB", StringComparison.Ordinal);

    /// <summary>JJ, JJR, JJS.</summary>
    public static bool IsAdjective(string tag) => tag.StartsWith("JJ", StringComparison.Ordinal);

    /// <summary>RB, RBR, RBS.</summary>
    public static bool IsAdverb(string tag) => tag.StartsWith("RB", StringComparison.Ordinal);

    /// <summary>PRP, PRP$, WP, WP$.</summary>
    public static bool IsPronoun(string tag) => tag is PersonalPronoun or PossessivePronoun or "WP" or "WP$";
}
