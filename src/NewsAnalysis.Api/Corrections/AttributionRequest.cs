namespace NewsAnalysis.Api.Corrections;

/// <summary>Who said a quote or made a claim.</summary>
/// <param name="EntityId">Id of the entity that is the quote's speaker or the claim's claimant.</param>
public sealed record AttributionRequest(int? EntityId);
