namespace NewsAnalysis.Api.Entities;

/// <summary>An entity with its articles and the entities it appears with most.</summary>
public sealed record EntityDetailResponse(
    int Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    int ArticleCount,
    int MentionCount,
    int QuoteCount,
    int ClaimCount,
    IReadOnlyList<EntityArticleResponse> Articles,
    IReadOnlyList<RelatedEntityResponse> AppearsWith);
