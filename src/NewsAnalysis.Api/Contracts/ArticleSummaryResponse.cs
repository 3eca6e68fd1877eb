namespace NewsAnalysis.Api.Contracts;

/// <summary>An article in a list: its metadata and how much the analysis found.</summary>
public sealed record ArticleSummaryResponse(
    int Id,
    string Title,
    string? Url,
    string? Source,
    string? Author,
    DateTime? PublishedAt,
    DateTime IngestedAt,
    int EntityCount,
    int QuoteCount,
    int ClaimCount);
