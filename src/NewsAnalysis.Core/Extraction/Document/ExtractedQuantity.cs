using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>A number stated in the text, parsed: "more than 320,000 people" -> 320000, "people", "more than".</summary>
public sealed record ExtractedQuantity(TextSpan Span, double Value, string? Unit, string? Approximation);
