using NewsAnalysis.Api.Articles;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Turns a request that names only a url into a full article request: fetches the page safely, decodes it in its
/// charset, and hands it to <see cref="ArticlePageReader"/> as if the page had been posted as <c>html</c>. Fields of the
/// request win, the url among them: the article keeps the url as requested (not the page's canonical url, nor where
/// redirects ended), so that posting the same url again finds it.
/// </summary>
public sealed class UrlPageReader(PageFetcher fetcher, ArticlePageReader pages, ILogger<UrlPageReader> logger)
{
    /// <summary>Whether the request is a url alone, for the server to fetch: no body and no HTML.</summary>
    public static bool IsUrlAlone(CreateArticleRequest request) =>
        string.IsNullOrEmpty(request.Body) && request.Html is null && !string.IsNullOrWhiteSpace(request.Url);

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
        var reading = pages.Read(request with { Body = null, Html = html }, document.Url);
        if (reading.Request is not { } article)
        {
            // The reader speaks of a posted 'html'; here the page was fetched, so the detail names the page instead.
            var detail = reading.Detail!.Replace("'html'", $"the page at {document.Url}", StringComparison.Ordinal);
            return ArticlePageResult.Of(FetchFailure.Unusable(reading.Title!, detail));
        }

        logger.LogInformation("Read an article of {Length} characters from {Url}", article.Body!.Length, document.Url);
        return ArticlePageResult.Of(article);
    }
}
