using System.Text.Json;
using AngleSharp.Dom;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// What a page's schema.org JSON-LD says about its article (NewsArticle, Article, BlogPosting, ... found at the top,
/// in an array or in an @graph). Malformed JSON-LD is ignored: the page is read without it.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Publisher, string? ArticleBody, string? Language, string? Url)
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Lenient);
                if (Find(json.RootElement, 0) is { } article)
                {
                    return From(article);
                }
            }
            catch (JsonException)
            {
                // A publisher's broken JSON-LD says nothing; the visible page still does.
            }
        }

        return null;
    }

    private static JsonElement? Find(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (IsArticleType(element))
            {
                return element;
            }

            foreach (var nested in new[] { "@graph", "mainEntity" })
            {
                if (element.TryGetProperty(nested, out var inner) && Find(inner, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? "")
            : type.ValueKind == JsonValueKind.String ? [type.GetString() ?? ""] : [];
        return names.Any(n => n.EndsWith("Article", StringComparison.Ordinal) || n is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static JsonLdArticle From(JsonElement article) => new(
        Text(article, "headline") ?? Text(article, "name"),
        Name(article, "author"),
        Text(article, "datePublished"),
        Name(article, "publisher"),
        Text(article, "articleBody"),
        Text(article, "inLanguage"),
        Text(article, "url"));

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A person or organisation given as a string, an object with a name, or an array of either (names joined).</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Text(v, "name") : null)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct()
            .ToArray();
        return names.Length == 0 ? null : string.Join(", ", names);
    }
}
