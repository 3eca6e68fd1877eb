using AngleSharp.Html.Parser;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Finds the article in a web page as served: the story's text without navigation, adverts, captions, share bars,
/// comments or related links, and the headline, byline, date, site, canonical address and language the page states.
/// Pure and thread-safe: it parses the string it is given and fetches nothing. Time and memory grow with the page's
/// size; malformed HTML is read as a browser reads it, and nothing the page holds makes it throw.
/// </summary>
public sealed class ArticlePageExtractor
{
    /// <summary>A page whose story has fewer words than this carries no article (an error page, a login wall).</summary>
    public const int MinWords = 25;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>Answers the page's article, or null when the page carries none (a section front, an error page, a login wall).</summary>
    /// <param name="html">The page's HTML as served.</param>
    /// <param name="pageUrl">Where the page was served from; resolves relative addresses. May be null.</param>
    public ExtractedPage? Extract(string html, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser(ParserOptions).ParseDocument(html);
        var jsonLd = JsonLdArticle.Read(document);
        var metadata = PageMetadataReader.Read(document, jsonLd, pageUrl);
        if (document.Body is not { } body)
        {
            return null;
        }

        PageCleaner.Clean(body);
        var blocks = BlockFilter.Keep(ContentLocator.Locate(TextBlockReader.Read(body)));
        var text = string.Join("\n\n", blocks.Select(b => b.Text));
        text = ArticleBodyChoice.Choose(text, jsonLd?.ArticleBody);
        if (WordCount(text) < MinWords)
        {
            return null;
        }

        return new ExtractedPage(text, metadata.Title, metadata.Author, metadata.PublishedAt, metadata.SiteName, metadata.CanonicalUrl, metadata.Language);
    }

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
