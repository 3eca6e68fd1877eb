using NewsAnalysis.Api.Statements;

namespace NewsAnalysis.Api.Corrections;

/// <summary>A correction of a claim's claimant and the claim as it now reads.</summary>
/// <param name="Correction">The stored correction; null when the request changed nothing.</param>
/// <param name="Claim">The claim as claim lists show it.</param>
public sealed record ClaimCorrectionResponse(CorrectionResponse? Correction, ClaimListItemResponse Claim);
