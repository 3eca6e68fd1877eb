using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Api.Articles;

/// <summary>
/// Turns a request that carries a web page (<c>html</c>) into one that carries the article's text: the page's body
/// becomes <c>body</c>, and what the page states fills the fields the request leaves out (the request's own fields
/// win). A request with <c>body</c> passes through unchanged. Pure: it reads nothing but the request.
/// </summary>
public sealed class ArticlePageReader(ArticlePageExtractor extractor)
{
    /// <param name="request">The request as posted.</param>
    /// <param name="servedFrom">Where the page was fetched from, when the server fetched it: it resolves the page's
    /// relative links instead of the request's url.</param>
    public PageReading Read(CreateArticleRequest request, Uri? servedFrom = null)
    {
        if (request.Html is null)
        {
            return PageReading.Ready(request);
        }

        var pageUrl = servedFrom ?? (CreateArticleRequestValidator.IsAbsoluteHttpUrl(request.Url) ? new Uri(request.Url!) : null);
        if (extractor.Extract(request.Html, pageUrl) is not { } page)
        {
            return PageReading.Unprocessable(
                "html",
                "The page carries no article.",
                "No article text was found in 'html': it reads as a section front, an error page, a login wall or a page without a story. Nothing was stored.");
        }

        if (page.Body.Length > ArticleLimits.MaxBodyLength)
        {
            return PageReading.Unprocessable(
                "html",
                "The page's article is too long.",
                $"The article read from 'html' has {page.Body.Length:N0} characters; at most {ArticleLimits.MaxBodyLength:N0} are stored. Nothing was stored.");
        }

        var title = Given(request.Title) ?? Fit(page.Title, ArticleLimits.MaxTitleLength, cut: true);
        if (title is null)
        {
            return PageReading.Unprocessable(
                "title",
                "The page states no headline.",
                "Neither the request's 'title' nor the page gives a headline; send 'title' with the page. Nothing was stored.");
        }

        var canonical = CreateArticleRequestValidator.IsAbsoluteHttpUrl(page.CanonicalUrl) ? Fit(page.CanonicalUrl, ArticleLimits.MaxUrlLength, cut: false) : null;
        return PageReading.Ready(new CreateArticleRequest(
            title,
            page.Body,
            Given(request.Url) ?? canonical,
            Given(request.Source) ?? Fit(page.SiteName, ArticleLimits.MaxSourceLength, cut: false),
            Given(request.Author) ?? Fit(page.Author, ArticleLimits.MaxAuthorLength, cut: false),
            request.PublishedAt ?? page.PublishedAt));
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A page's value that fits the column: a long headline is cut, any other long value is left out.</summary>
    private static string? Fit(string? value, int maxLength, bool cut) =>
        value is null || value.Length <= maxLength ? value : cut ? value[..maxLength].TrimEnd() : null;
}
