namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// Where a sentence's frames, or the frames from a cue token on, begin in <see cref="AnalysisDocument.Frames"/>, by
/// binary search: the frame step writes them in text order, so a quote or a cue looks at its neighbours instead of
/// at every frame of the article. Frames out of that order (written by hand, in a test) are searched whole.
/// </summary>
internal sealed class FrameIndex
{
    private readonly IReadOnlyList<AttributionFrame> _frames;
    private readonly bool _inTextOrder = true;

    public FrameIndex(IReadOnlyList<AttributionFrame> frames)
    {
        _frames = frames;
        Count = frames.Count;
        for (var i = 1; i < Count; i++)
        {
            if (frames[i].Sentence < frames[i - 1].Sentence || frames[i].CueToken < frames[i - 1].CueToken)
            {
                _inTextOrder = false;
            }
        }

        for (var i = 0; i < Count; i++)
        {
            LongestCue = Math.Max(LongestCue, frames[i].CueEndToken - frames[i].CueToken);
        }
    }

    public int Count { get; }

    /// <summary>The most tokens any frame's cue has.</summary>
    public int LongestCue { get; }

    /// <summary>The frames of sentence <paramref name="sentence"/> lie in [First, End); all of them when out of order.</summary>
    public (int First, int End) OfSentence(int sentence) =>
        _inTextOrder ? (LowerBound(f => f.Sentence < sentence), LowerBound(f => f.Sentence <= sentence)) : (0, Count);

    /// <summary>Every frame before this index has its cue before <paramref name="token"/>; 0 when out of order.</summary>
    public int AtOrAfterCue(int token) => _inTextOrder ? LowerBound(f => f.CueToken < token) : 0;

    /// <summary>Every frame from this index on has its cue at or after <paramref name="token"/>; the count when out of order.</summary>
    public int AfterCuesBefore(int token) => _inTextOrder ? LowerBound(f => f.CueToken < token) : Count;

    private int LowerBound(Func<AttributionFrame, bool> before)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (before(_frames[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
