namespace NewsAnalysis.Api.Statements;

/// <summary>One of the entities a coordinated speaker names ("Britain" in "Britain and France said").</summary>
public sealed record SpeakerMemberResponse(int EntityId, string Name);
