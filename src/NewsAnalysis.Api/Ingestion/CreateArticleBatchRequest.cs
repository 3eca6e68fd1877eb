using NewsAnalysis.Api.Articles;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>Articles to ingest in the background; each one as for <c>POST /api/articles</c>.</summary>
/// <param name="Articles">1 to 1,000 articles. An invalid article does not reject the batch: it is recorded
/// as an <c>invalid</c> item with its reasons.</param>
public sealed record CreateArticleBatchRequest(IReadOnlyList<CreateArticleRequest?>? Articles);
