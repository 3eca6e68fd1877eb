namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>Where a candidate content span of a claim begins and ends (see <see cref="ClaimContentChooser"/>).</summary>
public enum ContentCandidateKind
{
    /// <summary>The content as the tagger or the rules found it.</summary>
    AsFound,

    /// <summary>Cut before the first comma, dash, semicolon or parenthesis outside quotes ("X, the latest chapter in …").</summary>
    CutAtBreak,

    /// <summary>Run on to the end of the sentence.</summary>
    ToSentenceEnd,

    /// <summary>Begun at the start of the sentence, when no cue stands between it and the content.</summary>
    FromSentenceStart,
}
