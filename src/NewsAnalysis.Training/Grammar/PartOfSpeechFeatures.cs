using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// The classic feature set of a left-to-right tagger (Ratnaparkhi 1996, Collins 2002): the word, its
/// lower-cased form, prefixes, suffixes and shape, the words around it, and the two tags chosen before
/// it. The static part depends only on the words, the dynamic part on the tags chosen so far.
/// </summary>
internal static class PartOfSpeechFeatures
{
    public const int MaxFeatures = 48;

    private const ulong BeforeStart = 0x5EED_0000_0000_0021UL;
    private const ulong AfterEnd = 0x5EED_0000_0000_0022UL;

    public static int AddStatic(ReadOnlySpan<TokenProfile> tokens, ReadOnlySpan<ulong> classes, int i, bool headline, Span<ulong> features)
    {
        var n = 0;
        ref readonly var token = ref tokens[i];
        features[n++] = F(PartOfSpeechFeatureTemplate.Bias, 0);
        features[n++] = F(PartOfSpeechFeatureTemplate.Word, token.Word);
        features[n++] = F(PartOfSpeechFeatureTemplate.Lower, token.Lower);
        features[n++] = F(PartOfSpeechFeatureTemplate.Shape, token.Shape);
        features[n++] = F(PartOfSpeechFeatureTemplate.ShortShape, token.ShortShape);
        features[n++] = F(PartOfSpeechFeatureTemplate.Traits, (ulong)token.Traits);
        features[n++] = F(PartOfSpeechFeatureTemplate.Prefix1, token.Prefix1);
        if (token.Length > 2)
        {
            features[n++] = F(PartOfSpeechFeatureTemplate.Prefix2, token.Prefix2);
            features[n++] = F(PartOfSpeechFeatureTemplate.Suffix2, token.Suffix2);
        }

        if (token.Length > 3)
        {
            features[n++] = F(PartOfSpeechFeatureTemplate.Prefix3, token.Prefix3);
            features[n++] = F(PartOfSpeechFeatureTemplate.Suffix3, token.Suffix3);
        }

        if (token.Length > 4)
        {
            features[n++] = F(PartOfSpeechFeatureTemplate.Suffix4, token.Suffix4);
        }

        features[n++] = F(PartOfSpeechFeatureTemplate.Suffix1, token.Suffix1);
        if (i == 0)
        {
            features[n++] = F(PartOfSpeechFeatureTemplate.SentenceStartShape, token.ShortShape);
        }

        var previous1 = i > 0 ? tokens[i - 1].Lower : BeforeStart;
        var next1 = i + 1 < tokens.Length ? tokens[i + 1].Lower : AfterEnd;
        features[n++] = F(PartOfSpeechFeatureTemplate.LowerPrevious2, i > 1 ? tokens[i - 2].Lower : BeforeStart);
        features[n++] = F(PartOfSpeechFeatureTemplate.LowerPrevious1, previous1);
        features[n++] = F(PartOfSpeechFeatureTemplate.LowerNext1, next1);
        features[n++] = F(PartOfSpeechFeatureTemplate.LowerNext2, i + 2 < tokens.Length ? tokens[i + 2].Lower : AfterEnd);
        features[n++] = F(PartOfSpeechFeatureTemplate.SuffixPrevious1, i > 0 ? tokens[i - 1].Suffix3 : BeforeStart);
        features[n++] = F(PartOfSpeechFeatureTemplate.SuffixNext1, i + 1 < tokens.Length ? tokens[i + 1].Suffix3 : AfterEnd);
        features[n++] = F(PartOfSpeechFeatureTemplate.ShapePrevious1, i > 0 ? tokens[i - 1].ShortShape : BeforeStart);
        features[n++] = F(PartOfSpeechFeatureTemplate.ShapeNext1, i + 1 < tokens.Length ? tokens[i + 1].ShortShape : AfterEnd);
        features[n++] = F(PartOfSpeechFeatureTemplate.BigramPrevious, previous1, token.Lower);
        features[n++] = F(PartOfSpeechFeatureTemplate.BigramNext, token.Lower, next1);
        features[n++] = F(PartOfSpeechFeatureTemplate.Surrounding, previous1, next1);
        var class1 = i + 1 < tokens.Length ? classes[i + 1] : AfterEnd;
        var class2 = i + 2 < tokens.Length ? classes[i + 2] : AfterEnd;
        features[n++] = F(PartOfSpeechFeatureTemplate.AmbiguityClass, classes[i]);
        features[n++] = F(PartOfSpeechFeatureTemplate.AmbiguityClassNext1, class1);
        features[n++] = F(PartOfSpeechFeatureTemplate.AmbiguityClassNext2, class2);
        features[n++] = F(PartOfSpeechFeatureTemplate.AmbiguityClassesAhead, classes[i], class1);
        features[n++] = F(PartOfSpeechFeatureTemplate.LowerAmbiguityClassNext1, token.Lower, class1);
        if (headline)
        {
            features[n++] = F(PartOfSpeechFeatureTemplate.HeadlineLower, token.Lower);
            features[n++] = F(PartOfSpeechFeatureTemplate.HeadlineShape, i > 0 ? tokens[i - 1].ShortShape : BeforeStart, token.ShortShape);
        }

        return n;
    }

    public static int AddDynamic(ReadOnlySpan<TokenProfile> tokens, ReadOnlySpan<ulong> classes, int i, int previous, int previous2, Span<ulong> features)
    {
        var n = 0;
        ref readonly var token = ref tokens[i];
        var lower = token.Lower;
        features[n++] = F(PartOfSpeechFeatureTemplate.PreviousTag, (ulong)previous);
        features[n++] = F(PartOfSpeechFeatureTemplate.PreviousTag2, (ulong)previous2);
        features[n++] = F(PartOfSpeechFeatureTemplate.PreviousTwoTags, (ulong)previous2, (ulong)previous);
        features[n++] = F(PartOfSpeechFeatureTemplate.PreviousTagLower, (ulong)previous, lower);
        features[n++] = F(PartOfSpeechFeatureTemplate.PreviousTagSuffix, (ulong)previous, token.Suffix3);
        features[n++] = F(PartOfSpeechFeatureTemplate.PreviousTagShape, (ulong)previous, token.ShortShape);
        features[n++] = F(
            PartOfSpeechFeatureTemplate.PreviousTagAmbiguityClasses, (ulong)previous, classes[i], i + 1 < tokens.Length ? classes[i + 1] : AfterEnd);
        features[n++] = F(
            PartOfSpeechFeatureTemplate.PreviousTagLowerNext, (ulong)previous, i + 1 < tokens.Length ? tokens[i + 1].Lower : AfterEnd);
        return n;
    }

    /// <summary>
    /// A sentence whose words are all in capitals: a headline or a sports results line, where case says
    /// nothing about proper nouns.
    /// </summary>
    public static bool IsHeadline(ReadOnlySpan<TokenProfile> tokens)
    {
        var words = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Has(TokenTraits.HasLetter))
            {
                if (!token.Has(TokenTraits.AllCaps) && token.Length > 1)
                {
                    return false;
                }

                words++;
            }
        }

        return words > 1;
    }

    private static ulong F(PartOfSpeechFeatureTemplate template, ulong value) => FeatureHash.Combine((ulong)template, value);

    private static ulong F(PartOfSpeechFeatureTemplate template, ulong first, ulong second) =>
        FeatureHash.Combine((ulong)template, first, second);

    private static ulong F(PartOfSpeechFeatureTemplate template, ulong first, ulong second, ulong third) =>
        FeatureHash.Combine(FeatureHash.Combine((ulong)template, first), second, third);
}
