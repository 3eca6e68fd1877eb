using NewsAnalysis.Api.Entities;

namespace NewsAnalysis.Api.Corrections;

/// <summary>A correction of entities and the entity as it now reads.</summary>
/// <param name="Correction">The stored correction; null when the request changed nothing (the entity already read so).</param>
/// <param name="Entity">The entity as <c>GET /api/entities/{id}</c> shows it: a merge's target, the renamed entity, a split's entity of the alias.</param>
public sealed record EntityCorrectionResponse(CorrectionResponse? Correction, EntityDetailResponse Entity);
