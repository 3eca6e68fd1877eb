using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>A cue verb outside quotation marks together with the source that the text gives it.</summary>
/// <param name="SourceFirstToken">First token of the source's words.</param>
/// <param name="SourceEndToken">Token after the source's words.</param>
/// <param name="SourceAfterCue">The source follows the cue ("said Putin", "according to the ministry").</param>
public sealed record AttributionFrame(
    int CueToken,
    int CueEndToken,
    string Lemma,
    Speaker Source,
    int SourceFirstToken,
    int SourceEndToken,
    bool SourceAfterCue,
    int Sentence)
{
    public TextSpan CueSpan(AnalysisDocument document) =>
        new(document.Tokens[CueToken].Start, document.Tokens[CueEndToken - 1].End);
}
