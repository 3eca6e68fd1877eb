using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>
/// Spans in text order with, for each, the furthest end of the spans up to it: which spans can hold or overlap a
/// given one is found by binary search instead of a scan of all of them. Spans out of text order are scanned whole.
/// </summary>
internal sealed class SpanCover
{
    private readonly TextSpan[] _spans;
    private readonly int[] _furthestEnds;
    private readonly bool _inTextOrder = true;

    public SpanCover(IEnumerable<TextSpan> spans)
    {
        _spans = [.. spans];
        _furthestEnds = new int[_spans.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < _spans.Length; i++)
        {
            _inTextOrder &= i == 0 || _spans[i].Start >= _spans[i - 1].Start;
            furthest = Math.Max(furthest, _spans[i].End);
            _furthestEnds[i] = furthest;
        }
    }

    /// <summary>Whether one of the spans contains <paramref name="span"/>.</summary>
    public bool AnyContains(TextSpan span)
    {
        if (!_inTextOrder)
        {
            return _spans.Any(s => s.Contains(span));
        }

        var starting = FirstStartingAfter(span.Start);
        return starting > 0 && _furthestEnds[starting - 1] >= span.End;
    }

    /// <summary>
    /// The indices, in order, of the spans that may overlap <paramref name="span"/>: every one that does, and only
    /// those between the first that ends after its start and the last that starts before its end.
    /// </summary>
    public IEnumerable<int> Near(TextSpan span)
    {
        if (!_inTextOrder)
        {
            return Enumerable.Range(0, _spans.Length);
        }

        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_furthestEnds[mid] > span.Start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return Enumerable.Range(lo, Math.Max(0, FirstStartingAfter(span.End - 1) - lo));
    }

    private int FirstStartingAfter(int position)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_spans[mid].Start > position)
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
