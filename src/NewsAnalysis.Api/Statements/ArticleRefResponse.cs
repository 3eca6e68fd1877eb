namespace NewsAnalysis.Api.Statements;

/// <summary>The article a quote or claim comes from.</summary>
public sealed record ArticleRefResponse(int Id, string Title, DateTime? PublishedAt);
