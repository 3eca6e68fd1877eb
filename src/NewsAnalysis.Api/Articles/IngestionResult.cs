namespace NewsAnalysis.Api.Articles;

/// <summary>What became of a posted article: stored under a new id, or a duplicate of a stored one.</summary>
public sealed record IngestionResult(int ArticleId, bool Created);
