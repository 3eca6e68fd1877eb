using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>A stretch of text in quotation marks (marks excluded).</summary>
/// <param name="ContinuesPrevious">It reopens a quote left open at the end of the previous paragraph.</param>
public sealed record Quotation(TextSpan Span, int Paragraph, bool ContinuesPrevious);
