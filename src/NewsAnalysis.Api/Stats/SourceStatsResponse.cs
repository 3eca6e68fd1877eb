namespace NewsAnalysis.Api.Stats;

/// <summary>How much one source published in the selection; <c>source</c> is null for articles without one.</summary>
public sealed record SourceStatsResponse(string? Source, int ArticleCount, int QuoteCount, int ClaimCount);
