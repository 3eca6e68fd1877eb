using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Feature extraction for one token of a paragraph. Split like the entity recogniser's: the static part
/// depends only on the text and on what earlier steps found, the dynamic part on the labels chosen so
/// far in the sentence.
/// </summary>
internal static class AttributionFeatures
{
    public const int MaxFeatures = 80;

    private const ulong BeforeStart = 0x5EED_0000_0000_0011UL;
    private const ulong AfterEnd = 0x5EED_0000_0000_0012UL;
    private const int FlagBits = 13;

    public static int AddStatic(TokenContext context, int lo, int hi, int i, Span<ulong> features)
    {
        var n = 0;
        ref readonly var token = ref context.Profiles[i];
        var flags = context.Flags[i];
        features[n++] = F(AttributionFeatureTemplate.Bias, 0);
        features[n++] = F(AttributionFeatureTemplate.Word, token.Word);
        features[n++] = F(AttributionFeatureTemplate.Lower, token.Lower);
        features[n++] = F(AttributionFeatureTemplate.Shape, token.ShortShape);
        if (token.Length > 2)
        {
            features[n++] = F(AttributionFeatureTemplate.Suffix2, token.Suffix2);
        }

        if (token.Length > 3)
        {
            features[n++] = F(AttributionFeatureTemplate.Suffix3, token.Suffix3);
        }

        if (token.Length > 4)
        {
            features[n++] = F(AttributionFeatureTemplate.Suffix4, token.Suffix4);
        }

        for (var bit = 0; bit < FlagBits; bit++)
        {
            if (((int)flags & (1 << bit)) != 0)
            {
                features[n++] = F(AttributionFeatureTemplate.Flag, (ulong)bit);
            }
        }

        features[n++] = F(AttributionFeatureTemplate.FlagSet, (ulong)flags);
        if (context.CueLemma[i] != 0)
        {
            features[n++] = F(AttributionFeatureTemplate.CueLemma, context.CueLemma[i]);
        }

        features[n++] = F(AttributionFeatureTemplate.Mention, context.Mention[i]);

        var previous1 = LowerAt(context, lo, hi, i - 1);
        var next1 = LowerAt(context, lo, hi, i + 1);
        features[n++] = F(AttributionFeatureTemplate.LowerPrevious2, LowerAt(context, lo, hi, i - 2));
        features[n++] = F(AttributionFeatureTemplate.LowerPrevious1, previous1);
        features[n++] = F(AttributionFeatureTemplate.LowerNext1, next1);
        features[n++] = F(AttributionFeatureTemplate.LowerNext2, LowerAt(context, lo, hi, i + 2));
        features[n++] = F(AttributionFeatureTemplate.BigramPrevious, previous1, token.Lower);
        features[n++] = F(AttributionFeatureTemplate.BigramNext, token.Lower, next1);
        features[n++] = F(AttributionFeatureTemplate.FlagsPrevious, FlagsAt(context, lo, hi, i - 1));
        features[n++] = F(AttributionFeatureTemplate.FlagsNext, FlagsAt(context, lo, hi, i + 1));
        features[n++] = F(AttributionFeatureTemplate.FlagsNext2, FlagsAt(context, lo, hi, i + 2));
        features[n++] = F(AttributionFeatureTemplate.MentionPrevious, i > lo ? context.Mention[i - 1] : BeforeStart);
        features[n++] = F(AttributionFeatureTemplate.MentionNext, i + 1 < hi ? context.Mention[i + 1] : AfterEnd);

        var left = context.CueLeft[i];
        var right = context.CueRight[i];
        var leftBucket = Bucket(left);
        var rightBucket = Bucket(right);
        features[n++] = F(AttributionFeatureTemplate.CueLeftDistance, leftBucket);
        features[n++] = F(AttributionFeatureTemplate.CueRightDistance, rightBucket);
        features[n++] = F(AttributionFeatureTemplate.CueDistances, leftBucket, rightBucket);
        if (left != TokenContext.NoCue)
        {
            features[n++] = F(AttributionFeatureTemplate.CueLeftLemma, CueKey(context, i - left), Math.Min(leftBucket, 3));
        }

        if (right != TokenContext.NoCue)
        {
            features[n++] = F(AttributionFeatureTemplate.CueRightLemma, CueKey(context, i + right), Math.Min(rightBucket, 3));
        }

        features[n++] = F(AttributionFeatureTemplate.LowerCueLeft, token.Lower, leftBucket);
        features[n++] = F(AttributionFeatureTemplate.SentencePosition, Bucket(i - context.SentenceStart[i] + 1));
        features[n++] = F(AttributionFeatureTemplate.SentenceRemaining, Bucket(context.SentenceEnd[i] - i));
        features[n++] = F(AttributionFeatureTemplate.SentenceOfUnit, context.SentenceStart[i] <= lo ? 0UL : 1UL);
        features[n++] = F(AttributionFeatureTemplate.Kind, (ulong)context.Kinds[i]);
        features[n++] = F(AttributionFeatureTemplate.QuotedKind, (ulong)(flags & TokenFlags.Quoted), (ulong)context.Kinds[i]);
        return n;
    }

    public static int AddDynamic(TokenContext context, int hi, int i, in RoleHistory history, Span<ulong> features)
    {
        var n = 0;
        ref readonly var token = ref context.Profiles[i];
        var previous = (ulong)history.Previous;
        features[n++] = F(AttributionFeatureTemplate.PreviousLabel, previous);
        features[n++] = F(AttributionFeatureTemplate.PreviousTwoLabels, (ulong)history.Previous2, previous);
        features[n++] = F(AttributionFeatureTemplate.PreviousLabelLower, previous, token.Lower);
        features[n++] = F(AttributionFeatureTemplate.PreviousLabelFlags, previous, (ulong)context.Flags[i]);
        features[n++] = F(AttributionFeatureTemplate.PreviousLabelCueLeft, previous, Bucket(context.CueLeft[i]));
        features[n++] = F(AttributionFeatureTemplate.PreviousLabelKindNext, previous, i + 1 < hi ? (ulong)context.Kinds[i + 1] : AfterEnd);
        features[n++] = F(AttributionFeatureTemplate.RolesSoFar, (ulong)history.RolesSoFar, previous);
        features[n++] = F(AttributionFeatureTemplate.RolesSoFarLower, (ulong)history.RolesSoFar, token.Lower);
        features[n++] = F(AttributionFeatureTemplate.LastRoleLower, (ulong)history.LastRole, token.Lower);
        if (history.SpanStart >= 0)
        {
            var kindAndLength = ((ulong)context.Kinds[i] << 8) | Bucket(i - history.SpanStart);
            features[n++] = F(AttributionFeatureTemplate.SpanLengthKind, previous, kindAndLength);
            features[n++] = F(AttributionFeatureTemplate.SpanOpenerFlags, context.Profiles[history.SpanStart].Lower, ((ulong)context.Flags[i] << 8) | previous);
        }

        if (history.LastCue >= 0)
        {
            var cue = CueKey(context, history.LastCue);
            features[n++] = F(AttributionFeatureTemplate.LastCuePreviousLabel, cue, previous);
            features[n++] = F(AttributionFeatureTemplate.LastCueLower, cue, token.Lower);
        }

        return n;
    }

    /// <summary>Distances 1, 2, 3 exactly; then 4-5, 6-10, beyond; 15 for none.</summary>
    private static ulong Bucket(int distance) => distance switch
    {
        TokenContext.NoCue => 15,
        <= 3 => (ulong)distance,
        <= 5 => 4,
        <= 10 => 5,
        _ => 6,
    };

    private static ulong CueKey(TokenContext context, int t) => context.CueLemma[t] != 0 ? context.CueLemma[t] : context.Profiles[t].Lower;

    private static ulong LowerAt(TokenContext context, int lo, int hi, int i) =>
        i < lo ? BeforeStart : i >= hi ? AfterEnd : context.Profiles[i].Lower;

    private static ulong FlagsAt(TokenContext context, int lo, int hi, int i) =>
        i < lo ? BeforeStart : i >= hi ? AfterEnd : (ulong)context.Flags[i];

    private static ulong F(AttributionFeatureTemplate template, ulong value) => FeatureHash.Combine((ulong)template, value);

    private static ulong F(AttributionFeatureTemplate template, ulong first, ulong second) =>
        FeatureHash.Combine((ulong)template, first, second);
}
