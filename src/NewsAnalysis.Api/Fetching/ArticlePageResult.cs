using NewsAnalysis.Api.Articles;

namespace NewsAnalysis.Api.Fetching;

/// <summary>An article request read from a page, or the failure that says why none could be.</summary>
public sealed record ArticlePageResult(CreateArticleRequest? Article, FetchFailure? Failure)
{
    public static ArticlePageResult Of(CreateArticleRequest article) => new(article, null);

    public static ArticlePageResult Of(FetchFailure failure) => new(null, failure);
}
