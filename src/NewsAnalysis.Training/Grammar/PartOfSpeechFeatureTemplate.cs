namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// Feature template identifiers of the part-of-speech tagger. Their numbers are hashed into the stored
/// model, so existing values must never be renumbered; add new templates at the end.
/// </summary>
internal enum PartOfSpeechFeatureTemplate : ulong
{
    Bias = 1,
    Word,
    Lower,
    Shape,
    ShortShape,
    Traits,
    Prefix1,
    Prefix2,
    Prefix3,
    Suffix1,
    Suffix2,
    Suffix3,
    Suffix4,
    SentenceStartShape,
    LowerPrevious2,
    LowerPrevious1,
    LowerNext1,
    LowerNext2,
    SuffixPrevious1,
    SuffixNext1,
    ShapePrevious1,
    ShapeNext1,
    BigramPrevious,
    BigramNext,
    PreviousTag,
    PreviousTwoTags,
    PreviousTag2,
    PreviousTagLower,
    PreviousTagLowerNext,
    HeadlineLower,
    HeadlineShape,
    PreviousTagSuffix,
    PreviousTagShape,
    Surrounding,
    AmbiguityClass,
    AmbiguityClassNext1,
    AmbiguityClassNext2,
    AmbiguityClassesAhead,
    PreviousTagAmbiguityClasses,
    LowerAmbiguityClassNext1,
}
