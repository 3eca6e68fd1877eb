namespace NewsAnalysis.Core.Text;

/// <summary>A 0-based, end-exclusive range of UTF-16 code units in an article body.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The number of characters both spans cover (0 when they do not overlap).</summary>
    public int IntersectionLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
