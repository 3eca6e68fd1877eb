namespace NewsAnalysis.Api.Entities;

/// <summary>An article that names an entity, and how often.</summary>
public sealed record EntityArticleResponse(int Id, string Title, DateTime? PublishedAt, int MentionCount);
