using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Feature extraction for one token. Split in two because the static part (the token and its
/// neighbours) does not depend on the labels chosen so far, and the dynamic part (previous labels,
/// labels given to the same word earlier in the document) does.
/// </summary>
internal static class NerFeatures
{
    public const int MaxFeatures = 128;

    // Stand-ins for the words before the start and after the end of a sentence.
    private const ulong BeforeStart = 0x5EED_0000_0000_0001UL;
    private const ulong AfterEnd = 0x5EED_0000_0000_0002UL;

    public static int AddStatic(ReadOnlySpan<TokenProfile> tokens, int i, bool headline, Span<ulong> features)
    {
        var n = 0;
        ref readonly var token = ref tokens[i];
        features[n++] = F(FeatureTemplate.Bias, 0);
        features[n++] = F(FeatureTemplate.Word, token.Word);
        features[n++] = F(FeatureTemplate.Lower, token.Lower);
        features[n++] = F(FeatureTemplate.Shape, token.Shape);
        features[n++] = F(FeatureTemplate.ShortShape, token.ShortShape);
        if (token.Length > 1)
        {
            features[n++] = F(FeatureTemplate.Prefix1, token.Prefix1);
            features[n++] = F(FeatureTemplate.Suffix1, token.Suffix1);
        }

        if (token.Length > 2)
        {
            features[n++] = F(FeatureTemplate.Prefix2, token.Prefix2);
            features[n++] = F(FeatureTemplate.Suffix2, token.Suffix2);
        }

        if (token.Length > 3)
        {
            features[n++] = F(FeatureTemplate.Prefix3, token.Prefix3);
            features[n++] = F(FeatureTemplate.Suffix3, token.Suffix3);
        }

        if (token.Length > 4)
        {
            features[n++] = F(FeatureTemplate.Prefix4, token.Prefix4);
            features[n++] = F(FeatureTemplate.Suffix4, token.Suffix4);
        }

        var previous2 = LowerAt(tokens, i - 2);
        var previous1 = LowerAt(tokens, i - 1);
        var next1 = LowerAt(tokens, i + 1);
        var next2 = LowerAt(tokens, i + 2);
        var previousShape = ShapeAt(tokens, i - 1);
        var nextShape = ShapeAt(tokens, i + 1);
        features[n++] = F(FeatureTemplate.LowerPrevious2, previous2);
        features[n++] = F(FeatureTemplate.LowerPrevious1, previous1);
        features[n++] = F(FeatureTemplate.LowerNext1, next1);
        features[n++] = F(FeatureTemplate.LowerNext2, next2);
        features[n++] = F(FeatureTemplate.ShapePrevious2, ShapeAt(tokens, i - 2));
        features[n++] = F(FeatureTemplate.ShapePrevious1, previousShape);
        features[n++] = F(FeatureTemplate.ShapeNext1, nextShape);
        features[n++] = F(FeatureTemplate.ShapeNext2, ShapeAt(tokens, i + 2));
        features[n++] = F(FeatureTemplate.BigramPrevious, previous1, token.Lower);
        features[n++] = F(FeatureTemplate.BigramNext, token.Lower, next1);
        features[n++] = F(FeatureTemplate.ShapeTrigram, FeatureHash.Combine(previousShape, token.ShortShape), nextShape);
        features[n++] = F(FeatureTemplate.ShapeBigramPrevious, previousShape, token.ShortShape);
        features[n++] = F(FeatureTemplate.ShapeBigramNext, token.ShortShape, nextShape);
        features[n++] = F(FeatureTemplate.LowerPreviousShape, previous1, token.ShortShape);
        features[n++] = F(FeatureTemplate.ShapeLowerNext, token.ShortShape, next1);
        features[n++] = F(FeatureTemplate.SentenceStartShape, i == 0 ? 1UL : 0UL, token.Shape);
        features[n++] = F(FeatureTemplate.Traits, (ulong)token.Traits);
        if (headline)
        {
            features[n++] = F(FeatureTemplate.HeadlineShape, token.ShortShape);
            features[n++] = F(FeatureTemplate.HeadlineLower, token.Lower);
        }

        n = AddClusters(tokens, i, features, n);
        n = AddGazetteer(FeatureTemplate.Gazetteer, token.Gazetteer, features, n);
        if (i > 0)
        {
            n = AddGazetteer(FeatureTemplate.GazetteerPrevious, tokens[i - 1].Gazetteer, features, n);
        }

        if (i + 1 < tokens.Length)
        {
            n = AddGazetteer(FeatureTemplate.GazetteerNext, tokens[i + 1].Gazetteer, features, n);
        }

        for (var bit = 0; token.PhraseMatch >> bit != 0; bit++)
        {
            if ((token.PhraseMatch & (1 << bit)) != 0)
            {
                features[n++] = F(FeatureTemplate.PhraseGazetteer, (ulong)bit);
            }
        }

        if (token.Has(TokenTraits.HasLetter))
        {
            var capitalized = token.Has(TokenTraits.Capitalized) ? 1UL : 0UL;
            features[n++] = F(FeatureTemplate.TitleCaseElsewhere, token.TitleCaseElsewhere ? 1UL : 0UL, capitalized);
            features[n++] = F(FeatureTemplate.LowerCaseElsewhere, token.LowerCaseElsewhere ? 1UL : 0UL, capitalized);
        }

        return n;
    }

    /// <param name="history">
    /// How often the same word was labelled outside, PER, ORG, LOC, MISC earlier in the document, or null.
    /// </param>
    public static int AddDynamic(
        ReadOnlySpan<TokenProfile> tokens, int i, int previous, int previous2, int[]? history, Span<ulong> features)
    {
        var n = 0;
        ref readonly var token = ref tokens[i];
        features[n++] = F(FeatureTemplate.PreviousLabel, (ulong)previous);
        features[n++] = F(FeatureTemplate.PreviousTwoLabels, (ulong)previous2, (ulong)previous);
        features[n++] = F(FeatureTemplate.PreviousLabelLower, (ulong)previous, token.Lower);
        features[n++] = F(FeatureTemplate.PreviousLabelShape, (ulong)previous, token.ShortShape);
        features[n++] = F(FeatureTemplate.PreviousLabelShapeNext, (ulong)previous, ShapeAt(tokens, i + 1));
        features[n++] = F(FeatureTemplate.PreviousLabelShapeBigram, (ulong)previous, FeatureHash.Combine(token.ShortShape, ShapeAt(tokens, i + 1)));
        if (history is not null)
        {
            var majority = 0;
            for (var k = 0; k < history.Length; k++)
            {
                if (history[k] > 0)
                {
                    features[n++] = F(FeatureTemplate.HistoryAny, (ulong)k);
                }

                if (history[k] > history[majority])
                {
                    majority = k;
                }
            }

            features[n++] = F(FeatureTemplate.HistoryMajority, (ulong)majority);
        }

        return n;
    }

    // Prefixes of the word's cluster path at several depths: short ones group broad classes (names,
    // places), long ones near-synonyms (Ratinov & Roth 2009 used 4, 6, 10 and 20 on Brown clusters).
    private static ReadOnlySpan<int> ClusterDepths => [4, 6, 10, 14];

    private const int NeighbourClusterDepth = 6;

    private static int AddClusters(ReadOnlySpan<TokenProfile> tokens, int i, Span<ulong> features, int n)
    {
        var paths = tokens[i].Clusters;
        n = AddClusterPrefixes(FeatureTemplate.ClusterPrefix, (uint)paths, features, n);
        n = AddClusterPrefixes(FeatureTemplate.SecondClusterPrefix, (uint)(paths >> 32), features, n);
        features[n++] = F(FeatureTemplate.ClusterPrevious, ClusterAt(tokens, i - 1, 0));
        features[n++] = F(FeatureTemplate.ClusterNext, ClusterAt(tokens, i + 1, 0));
        features[n++] = F(FeatureTemplate.SecondClusterPrevious, ClusterAt(tokens, i - 1, 32));
        features[n++] = F(FeatureTemplate.SecondClusterNext, ClusterAt(tokens, i + 1, 32));
        return n;
    }

    private static int AddClusterPrefixes(FeatureTemplate template, uint path, Span<ulong> features, int n)
    {
        if (path == 0)
        {
            features[n++] = F(template, 0UL, 0UL);
            return n;
        }

        foreach (var depth in ClusterDepths)
        {
            features[n++] = F(template, (ulong)depth, WordClusters.Prefix(path, depth));
        }

        return n;
    }

    private static ulong ClusterAt(ReadOnlySpan<TokenProfile> tokens, int i, int shift) =>
        i < 0 ? BeforeStart : i >= tokens.Length ? AfterEnd : WordClusters.Prefix((uint)(tokens[i].Clusters >> shift), NeighbourClusterDepth);

    /// <param name="others">How often the first pass labelled the word's other mentions in the document outside, PER, ORG, LOC, MISC.</param>
    public static int AddVotes(ReadOnlySpan<int> others, Span<ulong> features)
    {
        var n = 0;
        var majority = -1;
        var total = 0;
        for (var k = 0; k < others.Length; k++)
        {
            total += others[k];
            if (others[k] > 0)
            {
                features[n++] = F(FeatureTemplate.VoteAny, (ulong)k);
                if (majority < 0 || others[k] > others[majority])
                {
                    majority = k;
                }
            }
        }

        if (majority >= 0)
        {
            // Whether every other mention agrees, or only most of them.
            features[n++] = F(FeatureTemplate.VoteMajority, (ulong)majority, others[majority] == total ? 1UL : 0UL);
        }

        return n;
    }

    private static int AddGazetteer(FeatureTemplate template, byte mask, Span<ulong> features, int n)
    {
        if (mask == 0)
        {
            return n;
        }

        for (var type = 0; type < BilouLabels.TypeCount; type++)
        {
            if ((mask & (1 << type)) != 0)
            {
                features[n++] = F(template, (ulong)type);
            }
        }

        // The exact combination too: a word seen only as LOC is stronger evidence than LOC-or-ORG.
        features[n++] = F(template, 16UL + mask);
        return n;
    }

    private static ulong LowerAt(ReadOnlySpan<TokenProfile> tokens, int i) =>
        i < 0 ? BeforeStart : i >= tokens.Length ? AfterEnd : tokens[i].Lower;

    private static ulong ShapeAt(ReadOnlySpan<TokenProfile> tokens, int i) =>
        i < 0 ? BeforeStart : i >= tokens.Length ? AfterEnd : tokens[i].ShortShape;

    private static ulong F(FeatureTemplate template, ulong value) => FeatureHash.Combine((ulong)template, value);

    private static ulong F(FeatureTemplate template, ulong first, ulong second) =>
        FeatureHash.Combine((ulong)template, first, second);
}
