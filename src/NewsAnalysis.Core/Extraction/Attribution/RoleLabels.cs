namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// BIO labels for the three roles as small integers: 0 is outside, then Begin and Inside for Source,
/// Cue and Content. BIO rather than BILOU: a content's end is nearly always a sentence end, a closing
/// mark or the comma before "he said", which the next token's features see anyway.
/// </summary>
internal static class RoleLabels
{
    public const int Outside = 0;
    public const int RoleCount = 3;
    public const int Count = 1 + (RoleCount * 2);

    public static int BeginOf(AttributionRole role) => 1 + ((int)role * 2);

    public static int InsideOf(AttributionRole role) => 2 + ((int)role * 2);

    /// <summary>The role of a label, or null for outside.</summary>
    public static AttributionRole? RoleOf(int label) => label == Outside ? null : (AttributionRole)((label - 1) / 2);

    public static bool IsBegin(int label) => label != Outside && (label - 1) % 2 == 0;

    public static bool IsInside(int label) => label != Outside && (label - 1) % 2 == 1;

    /// <summary>Inside-of-a-role only continues that role.</summary>
    public static bool IsAllowed(int previous, int current) =>
        !IsInside(current) || (previous != Outside && RoleOf(previous) == RoleOf(current));

    /// <summary>
    /// Labels for <paramref name="tokenCount"/> tokens. Spans may overlap (a content holds the source and
    /// cue of a nested attribution): cue wins over source, source over content, and a span that starts
    /// inside another of its role begins anew there.
    /// </summary>
    public static int[] Encode(IEnumerable<RoleSpan> spans, int tokenCount)
    {
        var roles = new int[tokenCount];
        var begins = new bool[tokenCount];
        var list = spans.ToList();
        foreach (var span in list)
        {
            for (var t = Math.Max(0, span.FirstToken); t < Math.Min(tokenCount, span.EndToken); t++)
            {
                roles[t] = Math.Max(roles[t], Priority(span.Role));
            }
        }

        foreach (var span in list)
        {
            if (span.FirstToken >= 0 && span.FirstToken < tokenCount && roles[span.FirstToken] == Priority(span.Role))
            {
                begins[span.FirstToken] = true;
            }
        }

        var labels = new int[tokenCount];
        for (var t = 0; t < tokenCount; t++)
        {
            if (roles[t] == 0)
            {
                continue;
            }

            var role = RoleOfPriority(roles[t]);
            labels[t] = begins[t] || t == 0 || roles[t - 1] != roles[t] ? BeginOf(role) : InsideOf(role);
        }

        return labels;
    }

    /// <summary>Turns labels back into spans; <paramref name="offset"/> is added to every token index.</summary>
    public static List<RoleSpan> Decode(ReadOnlySpan<int> labels, int offset = 0)
    {
        var spans = new List<RoleSpan>();
        var start = -1;
        AttributionRole? open = null;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : Outside;
            var continues = open is not null && IsInside(label) && RoleOf(label) == open;
            if (continues)
            {
                continue;
            }

            if (open is { } role)
            {
                spans.Add(new RoleSpan(role, offset + start, offset + i));
            }

            open = RoleOf(label);
            start = i;
        }

        return spans;
    }

    public static string Name(int label) => label == Outside ? "O" : $"{(IsBegin(label) ? 'B' : 'I')}-{RoleOf(label)}";

    private static int Priority(AttributionRole role) => role switch
    {
        AttributionRole.Cue => 3,
        AttributionRole.Source => 2,
        _ => 1,
    };

    private static AttributionRole RoleOfPriority(int priority) => priority switch
    {
        3 => AttributionRole.Cue,
        2 => AttributionRole.Source,
        _ => AttributionRole.Content,
    };
}
