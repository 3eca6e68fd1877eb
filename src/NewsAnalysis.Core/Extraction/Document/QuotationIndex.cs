namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// Answers whether a position is quoted in logarithmic time: the quotations' starts with, for each, the furthest end
/// of the quotations up to it, so a quotation that holds a later one still counts.
/// </summary>
internal sealed class QuotationIndex
{
    private readonly int[] _starts;
    private readonly int[] _furthestEnds;

    public QuotationIndex(IReadOnlyList<Quotation> quotations)
    {
        Count = quotations.Count;
        _starts = new int[Count];
        _furthestEnds = new int[Count];
        var furthest = int.MinValue;
        for (var i = 0; i < Count; i++)
        {
            var span = quotations[i].Span;
            _starts[i] = span.Start;
            furthest = Math.Max(furthest, span.End);
            _furthestEnds[i] = furthest;
        }
    }

    public int Count { get; }

    /// <summary>Whether a quotation starts after <paramref name="after"/> and before <paramref name="before"/>.</summary>
    public bool StartsBetween(int after, int before)
    {
        var first = FirstStartingAfter(after);
        return first < Count && _starts[first] < before;
    }

    /// <summary>
    /// Whether a quotation that starts at or before <paramref name="position"/>, among those before the first one that
    /// starts after it (in text order, the quotations' order), ends after it.
    /// </summary>
    public bool Covers(int position)
    {
        var lo = FirstStartingAfter(position);
        return lo > 0 && position < _furthestEnds[lo - 1];
    }

    private int FirstStartingAfter(int position)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_starts[mid] > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
