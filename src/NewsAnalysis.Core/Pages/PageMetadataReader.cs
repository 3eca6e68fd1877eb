using System.Globalization;
using AngleSharp.Dom;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Reads the headline, author, publication time, site, canonical address and language a page states, each from the
/// first of JSON-LD, OpenGraph and article meta tags, other meta tags, and the visible page that has it.
/// Runs on the page before it is cleaned, since the byline and &lt;time&gt; are furniture to the body.
/// </summary>
internal static class PageMetadataReader
{
    public static PageMetadata Read(IDocument document, JsonLdArticle? jsonLd, Uri? pageUrl)
    {
        var title = First(jsonLd?.Headline, Meta(document, "og:title"), Meta(document, "twitter:title"),
            document.QuerySelector("h1")?.TextContent, document.Title);
        var author = First(jsonLd?.Author, Meta(document, "author"), NotAddress(Meta(document, "article:author")),
            Meta(document, "parsely-author"), Meta(document, "dc.creator"), Byline(document));
        var published = Date(jsonLd?.DatePublished) ?? Date(Meta(document, "article:published_time")) ?? Date(Meta(document, "datePublished"))
            ?? Date(Meta(document, "pubdate")) ?? Date(Meta(document, "publish-date")) ?? Date(Meta(document, "parsely-pub-date"))
            ?? Date(Meta(document, "dc.date")) ?? Date(Meta(document, "date"))
            ?? Date(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var siteName = First(Meta(document, "og:site_name"), jsonLd?.Publisher, Meta(document, "application-name"));
        var canonical = Absolute(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), pageUrl)
            ?? Absolute(Meta(document, "og:url"), pageUrl) ?? Absolute(jsonLd?.Url, pageUrl);
        var language = Language(First(document.DocumentElement.GetAttribute("lang"), jsonLd?.Language,
            document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"), Meta(document, "og:locale")));
        return new PageMetadata(title, author, published, siteName, canonical, language);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(meta.GetAttribute("content")))
            {
                return meta.GetAttribute("content");
            }
        }

        return null;
    }

    private static string? Byline(IDocument document)
    {
        var element = document.QuerySelector("[rel='author'], [itemprop='author'], [class*='byline' i] [class*='name' i], [class*='byline' i], [class*='author-name' i]");
        var text = element?.TextContent.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return null;
        }

        return text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? text[3..] : text;
    }

    private static string? First(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return null;
    }

    private static string? NotAddress(string? value) => value is not null && value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static DateTimeOffset? Date(string? value) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static string? Absolute(string? href, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, href.Trim(), out var resolved) ? resolved.AbsoluteUri : null;
    }

    private static string? Language(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        var normal = tag.Split(',')[0].Trim().Replace('_', '-');
        return normal.Length is >= 2 and <= 35 && normal.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? normal : null;
    }
}
