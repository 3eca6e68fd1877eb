using SmartReader;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Finds the article in a web page as served: the story's text without navigation, adverts, captions, share bars,
/// comments or related links, and the headline, byline, date, site, canonical address and language the page states.
/// Pure and thread-safe: it parses the string it is given and fetches nothing.
/// </summary>
public sealed class ArticlePageExtractor
{
    /// <summary>Answers the page's article, or null when the page carries none (a section front, an error page, a login wall).</summary>
    /// <param name="html">The page's HTML as served.</param>
    /// <param name="pageUrl">Where the page was served from; resolves relative addresses. May be null.</param>
    public ExtractedPage? Extract(string html, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var reader = new Reader(pageUrl?.AbsoluteUri ?? "https://localhost/", html);
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.TextContent))
        {
            return null;
        }

        return new ExtractedPage(
            article.TextContent.Trim(),
            Blank(article.Title),
            Blank(article.Author ?? article.Byline),
            article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
            Blank(article.SiteName),
            null,
            Blank(article.Language));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
