using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Articles;

/// <summary>An entity named in one article with every mention of it there.</summary>
public sealed record ArticleEntityResponse(int Id, string Name, string Type, IReadOnlyList<SpanResponse> Mentions);
