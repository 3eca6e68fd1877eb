namespace NewsAnalysis.Api.Entities;

/// <summary>
/// An entity with its articles, the entities it appears with most, and the names joined to it with the reason for each
/// join (<c>links</c>: "Obama" joined to Barack Obama, and why).
/// </summary>
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
    IReadOnlyList<RelatedEntityResponse> AppearsWith,
    IReadOnlyList<EntityLinkResponse> Links);
