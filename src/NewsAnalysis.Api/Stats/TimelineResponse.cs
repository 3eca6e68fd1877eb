namespace NewsAnalysis.Api.Stats;

/// <summary>Counts per week or month, oldest first, with every step between the first and the last (zeros included).</summary>
public sealed record TimelineResponse(string Kind, string Interval, IReadOnlyList<TimelinePointResponse> Points, int TotalCount);
