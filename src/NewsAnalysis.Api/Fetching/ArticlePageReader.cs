using NewsAnalysis.Api.Articles;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Turns a request that names only a url into a full article request: fetches the page safely, extracts the article
/// with <see cref="ArticlePageExtractor"/>, and fills what the request leaves out with what the page states. Fields of
/// the request win; the article keeps the url as requested (not the page's canonical url, nor where redirects ended),
/// so that posting the same url again finds it.
/// </summary>
public sealed class ArticlePageReader(PageFetcher fetcher, ArticlePageExtractor extractor, ILogger<ArticlePageReader> logger)
{
    /// <summary>Whether the request is a url alone, for the server to fetch: no body (and no HTML).</summary>
    public static bool IsUrlAlone(CreateArticleRequest request) =>
        string.IsNullOrEmpty(request.Body) && !string.IsNullOrWhiteSpace(request.Url);

    public async Task<ArticlePageResult> ReadAsync(CreateArticleRequest request, CancellationToken cancellationToken)
    {
        var url = new Uri(request.Url!.Trim());
        var fetched = await fetcher.FetchAsync(url, FetchedContent.Page, cancellationToken);
        if (fetched.Failure is { } failure)
        {
            return ArticlePageResult.Of(failure);
        }

        var document = fetched.Document!;
        var html = PageEncoding.Decode(document.Content, document.Charset);
        var page = extractor.Extract(html, document.Url);
        if (page is null)
        {
            return ArticlePageResult.Of(FetchFailure.Unusable(
                "The page holds no article.", $"No article was found in the page at {document.Url} (a section front, an error page or a login wall?)."));
        }

        var title = request.Title ?? Fit(page.Title, ArticleLimits.MaxTitleLength);
        if (string.IsNullOrWhiteSpace(title))
        {
            return ArticlePageResult.Of(FetchFailure.Unusable("The page states no headline.", $"The page at {document.Url} states no headline; send 'title' with the url."));
        }

        if (page.Body.Length > ArticleLimits.MaxBodyLength)
        {
            return ArticlePageResult.Of(FetchFailure.Unusable(
                "The article is too long.", $"The article at {document.Url} has {page.Body.Length:N0} characters; at most {ArticleLimits.MaxBodyLength:N0} are analysed."));
        }

        logger.LogInformation("Read an article of {Length} characters from {Url}", page.Body.Length, document.Url);
        return ArticlePageResult.Of(new CreateArticleRequest(
            title,
            page.Body,
            request.Url,
            request.Source ?? Fit(page.SiteName, ArticleLimits.MaxSourceLength),
            request.Author ?? Fit(page.Author, ArticleLimits.MaxAuthorLength),
            request.PublishedAt ?? page.PublishedAt));
    }

    /// <summary>A stated value cut to the stored limit: a page's overlong byline should not cost the article.</summary>
    private static string? Fit(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= maxLength ? trimmed : trimmed[..maxLength].TrimEnd();
    }
}
