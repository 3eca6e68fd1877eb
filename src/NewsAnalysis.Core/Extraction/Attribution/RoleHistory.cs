namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// What the attribution features know of the labels chosen before a token: the last two labels, the
/// roles seen so far in the sentence and where the span now open began.
/// </summary>
/// <param name="Previous">The label of the token before.</param>
/// <param name="Previous2">The label two tokens before.</param>
/// <param name="RolesSoFar">Bit r set: role r was labelled earlier in this sentence.</param>
/// <param name="LastRole">1 + the last role labelled in this sentence, 0 for none.</param>
/// <param name="SpanStart">The first token of the span the previous label belongs to, -1 after outside.</param>
/// <param name="LastCue">The first token of the last cue labelled in this sentence, -1 for none.</param>
internal readonly record struct RoleHistory(int Previous, int Previous2, int RolesSoFar, int LastRole, int SpanStart, int LastCue)
{
    /// <summary>The history at a paragraph's first token.</summary>
    public static RoleHistory Start { get; } = new(RoleLabels.Outside, RoleLabels.Outside, 0, 0, -1, -1);

    /// <summary>The same history seen from token <paramref name="i"/>: a new sentence forgets the roles of the last.</summary>
    public RoleHistory At(TokenContext context, int i) =>
        context.SentenceStart[i] == i ? this with { RolesSoFar = 0, LastRole = 0, LastCue = -1 } : this;

    /// <summary>The history after token <paramref name="i"/> is labelled <paramref name="label"/> (call on <see cref="At"/>'s result).</summary>
    public RoleHistory After(int i, int label)
    {
        var rolesSoFar = RolesSoFar;
        var lastRole = LastRole;
        if (RoleLabels.RoleOf(label) is { } role)
        {
            rolesSoFar |= 1 << (int)role;
            lastRole = 1 + (int)role;
        }

        var spanStart = label == RoleLabels.Outside ? -1 : RoleLabels.IsBegin(label) ? i : SpanStart;
        var lastCue = label == RoleLabels.BeginOf(AttributionRole.Cue) ? i : LastCue;
        return new RoleHistory(label, Previous, rolesSoFar, lastRole, spanStart, lastCue);
    }
}
