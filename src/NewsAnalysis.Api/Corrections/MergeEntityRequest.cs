namespace NewsAnalysis.Api.Corrections;

/// <summary>The entity to merge an entity into.</summary>
/// <param name="Into">Id of the entity that stays and receives the merged entity's mentions, quotes, claims and names.</param>
public sealed record MergeEntityRequest(int? Into);
