using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// A set of characters given as sorted, disjoint, non-empty ranges: a gold span may have several
/// fragments ("…," he said, "…"), and overlap is measured over the characters they cover together.
/// </summary>
public sealed class TextSpanSet
{
    private readonly TextSpan[] _ranges;

    public TextSpanSet(IEnumerable<TextSpan> ranges)
    {
        var merged = new List<TextSpan>();
        foreach (var range in ranges.Where(r => r.Length > 0).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        _ranges = [.. merged];
        Length = _ranges.Sum(r => r.Length);
    }

    public TextSpanSet(TextSpan range)
        : this([range])
    {
    }

    public IReadOnlyList<TextSpan> Ranges => _ranges;

    /// <summary>Number of characters in the set.</summary>
    public int Length { get; }

    public bool IsEmpty => Length == 0;

    /// <summary>From the first character to the last, gaps included.</summary>
    public TextSpan Extent => IsEmpty ? default : new TextSpan(_ranges[0].Start, _ranges[^1].End);

    public int IntersectionLength(TextSpanSet other)
    {
        // Both lists are sorted, so one merge-like pass counts the shared characters.
        int total = 0, i = 0, j = 0;
        while (i < _ranges.Length && j < other._ranges.Length)
        {
            var a = _ranges[i];
            var b = other._ranges[j];
            total += a.IntersectionLength(b);
            if (a.End <= b.End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return total;
    }

    /// <summary>Intersection over union of the characters; 0 when both sets are empty.</summary>
    public double IntersectionOverUnion(TextSpanSet other)
    {
        var intersection = IntersectionLength(other);
        var union = Length + other.Length - intersection;
        return union == 0 ? 0 : (double)intersection / union;
    }

    public bool Overlaps(TextSpan span) => _ranges.Any(r => r.Overlaps(span));

    public override string ToString() => string.Join(";", _ranges.Select(r => $"{r.Start} {r.End}"));
}
