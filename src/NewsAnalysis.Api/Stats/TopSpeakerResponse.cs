namespace NewsAnalysis.Api.Stats;

/// <summary>One speaker and how many of the selection's quotes are theirs.</summary>
public sealed record TopSpeakerResponse(int EntityId, string Name, string Type, int QuoteCount, double Share);
