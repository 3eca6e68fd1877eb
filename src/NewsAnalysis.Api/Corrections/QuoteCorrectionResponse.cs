using NewsAnalysis.Api.Statements;

namespace NewsAnalysis.Api.Corrections;

/// <summary>A correction of a quote's speaker and the quote as it now reads.</summary>
/// <param name="Correction">The stored correction; null when the request changed nothing.</param>
/// <param name="Quote">The quote as quote lists show it.</param>
public sealed record QuoteCorrectionResponse(CorrectionResponse? Correction, QuoteListItemResponse Quote);
