namespace NewsAnalysis.Api.Corrections;

/// <summary>A new name, a new type, or both, for an entity; an absent field stays as it is.</summary>
/// <param name="Name">The name, at most 300 characters; spaces around and between words are tidied.</param>
/// <param name="Type"><c>Person</c>, <c>Organization</c>, <c>Location</c> or <c>Misc</c>.</param>
public sealed record UpdateEntityRequest(string? Name, string? Type);
