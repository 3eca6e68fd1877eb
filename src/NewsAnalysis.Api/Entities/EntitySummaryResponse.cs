namespace NewsAnalysis.Api.Entities;

/// <summary>A corpus-wide entity with the names articles use for it and how often it appears.</summary>
public sealed record EntitySummaryResponse(
    int Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    int ArticleCount,
    int MentionCount,
    int QuoteCount,
    int ClaimCount);
