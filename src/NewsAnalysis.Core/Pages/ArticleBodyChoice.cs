namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Chooses between the body read from the visible page and the articleBody a page's JSON-LD states. The visible text
/// wins unless it is much shorter than a substantial JSON-LD body, which then is the story the page failed to show
/// in markup (a script-rendered page) or that the reading missed.
/// </summary>
internal static class ArticleBodyChoice
{
    private const int MinJsonLdLength = 500;

    public static string Choose(string visible, string? jsonLdBody)
    {
        if (string.IsNullOrWhiteSpace(jsonLdBody) || jsonLdBody.Length < MinJsonLdLength || visible.Length * 2 >= jsonLdBody.Length)
        {
            return visible;
        }

        var paragraphs = jsonLdBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", paragraphs);
    }
}
