using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>A reported statement or a statement of fact with numbers, with its claimant when the text names one.</summary>
public sealed record ExtractedClaim(
    TextSpan Span,
    TextSpan? Cue,
    Source? Claimant,
    IReadOnlyList<ExtractedQuantity> Quantities)
{
    /// <summary>0..1: how worth checking the statement is; null until scored.</summary>
    public double? CheckWorthiness { get; init; }
}
