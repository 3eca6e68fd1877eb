using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>A reported statement or a statement of fact with numbers, with its claimant when the text names one.</summary>
public sealed record ExtractedClaim(
    TextSpan Span,
    TextSpan? Cue,
    Speaker? Claimant,
    IReadOnlyList<ExtractedQuantity> Quantities);
