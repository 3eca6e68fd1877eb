namespace NewsAnalysis.Api.Corrections;

/// <summary>The name, as articles write it, whose mentions leave the entity for an entity of that name.</summary>
/// <param name="Alias">One of the entity's aliases exactly as written ("Obama"), other than its own name.</param>
public sealed record SplitEntityRequest(string? Alias);
