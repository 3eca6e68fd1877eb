using NewsAnalysis.Api.Statements;

namespace NewsAnalysis.Api.Articles;

/// <summary>A stored article with its full analysis.</summary>
public sealed record ArticleResponse(
    int Id,
    string Title,
    string Body,
    string? Url,
    string? Source,
    string? Author,
    DateTime? PublishedAt,
    DateTime IngestedAt,
    string ExtractorVersion,
    IReadOnlyList<ArticleEntityResponse> Entities,
    IReadOnlyList<QuoteResponse> Quotes,
    IReadOnlyList<ClaimResponse> Claims);
