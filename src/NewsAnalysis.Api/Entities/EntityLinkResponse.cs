namespace NewsAnalysis.Api.Entities;

/// <summary>A name articles wrote that was joined to this entity, the type they gave it, and why it was joined.</summary>
public sealed record EntityLinkResponse(string Name, string Type, string Reason, DateTime CreatedAt);
