namespace NewsAnalysis.Api.Entities;

/// <summary>
/// An entity with its articles (the latest 50), the entities it appears with most in its latest 200 articles, and the
/// names joined to it with the reason for each join (<c>links</c>: "Obama" joined to Barack Obama, and why).
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
