namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>
/// Optional feature templates on top of the always-on word unigrams, bigrams and cue features. Stored in
/// the model file so a model is always scored with the features it was trained on.
/// </summary>
[Flags]
public enum CheckWorthinessFeatureSet
{
    /// <summary>Word unigrams, bigrams and cue features only.</summary>
    Basic = 0,

    /// <summary>Adds character 3- to 5-grams of each word.</summary>
    CharacterNGrams = 1,

    /// <summary>Adds word trigrams.</summary>
    WordTrigrams = 2,

    /// <summary>Adds bigrams and trigrams of coarse word classes (number kinds, pronouns, modals, past tense, names).</summary>
    WordClassNGrams = 4,
}
