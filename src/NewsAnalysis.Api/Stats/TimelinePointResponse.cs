namespace NewsAnalysis.Api.Stats;

/// <summary>One step of a timeline: it starts at <c>start</c> (UTC midnight of a Monday or of the 1st) and ends where the next starts.</summary>
public sealed record TimelinePointResponse(DateTime Start, DateTime End, int Count);
