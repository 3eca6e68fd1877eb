using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Core.Tests.Pages;

public sealed class ArticlePageExtractorTests
{
    private const string First = "The city council voted on Tuesday to close the old bridge, citing cracks found by inspectors, rising repair costs and a report from the state engineer.";
    private const string Second = "Residents who cross the river each day said the decision would add twenty minutes to their commute, and several asked the council to open a ferry.";
    private const string Third = "The mayor said a new bridge, paid for by a regional grant, could open within three years if the design is approved by spring.";

    private static readonly ArticlePageExtractor Extractor = new();

    public static TheoryData<string, string> Furniture => new()
    {
        { "navigation", "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news today</a></li></ul></nav>" },
        { "share bar", "<div class='share-bar'>Share this story on Facebook, Twitter and by email with your friends</div>" },
        { "advert", "<div class='ad-slot'>Buy the new phone now, the best offer of the year for loyal readers</div>" },
        { "comments", "<section id='comments'><p>Great article, I have always said the bridge was unsafe and nobody listened.</p></section>" },
        { "related links", "<ul class='related-stories'><li><a href='/a'>Council approves budget for next year</a></li><li><a href='/b'>Ferry service to resume in the summer</a></li></ul>" },
        { "caption", "<figure><img src='bridge.jpg'><figcaption>The old bridge seen from the east bank in a photograph taken last year</figcaption></figure>" },
        { "footer", "<footer><p>About us, contact, terms of use and the privacy policy of the newspaper group</p></footer>" },
        { "script", "<script>var tracking = 'The tracking script should never appear in the story text at all';</script>" },
        { "hidden", "<div style='display: none'>A hidden teaser that a browser never shows to the reader of the page</div>" },
        { "label", "<p>Advertisement</p>" },
    };

    [Theory]
    [MemberData(nameof(Furniture))]
    public void Extract_LeavesPageFurnitureOutOfTheBody(string name, string furniture)
    {
        var html = Page($"<article>{furniture}<p>{First}</p><p>{Second}</p>{furniture}<p>{Third}</p></article>");

        var page = Extractor.Extract(html, null);

        Assert.NotNull(page);
        Assert.True(page.Body == $"{First}\n\n{Second}\n\n{Third}", $"{name}: {page.Body}");
    }

    [Fact]
    public void Extract_KeepsParagraphsApartWithBlankLines_AndSubheadingsAsParagraphs()
    {
        var html = Page($"<div class='story'><p>{First}</p><h2>What comes next</h2><p>{Second}<br><br>{Third}</p></div>");

        var page = Extractor.Extract(html, null);

        Assert.Equal($"{First}\n\nWhat comes next\n\n{Second}\n\n{Third}", page?.Body);
    }

    [Fact]
    public void Extract_KeepsTheWordsOfALinkInsideASentence_WhateverItsClass()
    {
        const string linked = "The city council voted on Tuesday to close the <a class='tag-link' href='/t/bridge'>old bridge</a>, citing cracks found by inspectors and rising costs.";
        var html = Page($"<article><p>{linked}</p><p>{Second}</p></article>");

        var page = Extractor.Extract(html, null);

        Assert.Equal($"The city council voted on Tuesday to close the old bridge, citing cracks found by inspectors and rising costs.\n\n{Second}", page?.Body);
    }

    [Fact]
    public void Extract_TakesTheStoryNotTheTeasersAroundIt()
    {
        var teasers = string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href='/story/{i}'>Another story number {i} about the region</a></li>"));
        var html = Page($"<div class='column'><ul>{teasers}</ul></div><div class='main-column'><p>{First}</p><p>{Second}</p><p>{Third}</p></div><div><ul>{teasers}</ul></div>");

        var page = Extractor.Extract(html, null);

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", page?.Body);
    }

    [Fact]
    public void Extract_JoinsAStorySplitOverColumns()
    {
        var html = Page($"<section class='story-body'><div class='col'><div><p>{First}</p></div></div><div class='col'><div><p>{Second}</p><p>{Third}</p></div></div></section>");

        var page = Extractor.Extract(html, null);

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", page?.Body);
    }

    [Fact]
    public void Extract_ReadsMetadataFromJsonLd()
    {
        const string jsonLd = """
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
             {"@type": "NewsArticle", "headline": "Council closes the old bridge", "datePublished": "2024-05-06T09:00:00+02:00",
              "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Bell"}],
              "publisher": {"@type": "Organization", "name": "River Gazette"}, "inLanguage": "en-GB"}]}
            """;
        var html = $"<html><head><script type='application/ld+json'>{jsonLd}</script><link rel='canonical' href='/news/bridge'></head>" +
            $"<body><article><p>{First}</p><p>{Second}</p></article></body></html>";

        var page = Extractor.Extract(html, new Uri("https://gazette.example/news/bridge?utm=x"));

        Assert.NotNull(page);
        Assert.Equal("Council closes the old bridge", page.Title);
        Assert.Equal("Ana Ruiz, Tom Bell", page.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("River Gazette", page.SiteName);
        Assert.Equal("https://gazette.example/news/bridge", page.CanonicalUrl);
        Assert.Equal("en-GB", page.Language);
    }

    [Fact]
    public void Extract_ReadsMetadataFromOpenGraphMetaTagsAndTheVisiblePage()
    {
        var html = "<html lang='de'><head><title>Bridge closed - Gazette</title>" +
            "<meta property='og:title' content='Bridge closed'><meta property='og:site_name' content='Gazette'>" +
            "<meta property='og:url' content='https://gazette.example/bridge'></head><body>" +
            $"<article><h1>Bridge closed for good</h1><div class='byline'>By Ana Ruiz</div><time datetime='2024-05-06T09:00:00Z'>6 May</time>" +
            $"<p>{First}</p><p>{Second}</p></article></body></html>";

        var page = Extractor.Extract(html, null);

        Assert.NotNull(page);
        Assert.Equal("Bridge closed", page.Title);
        Assert.Equal("Ana Ruiz", page.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 9, 0, 0, TimeSpan.Zero), page.PublishedAt);
        Assert.Equal("Gazette", page.SiteName);
        Assert.Equal("https://gazette.example/bridge", page.CanonicalUrl);
        Assert.Equal("de", page.Language);
        Assert.Equal($"{First}\n\n{Second}", page.Body);
    }

    [Fact]
    public void Extract_TakesTheHeadlineFromTheH1_WhenNoMetaTagStatesIt()
    {
        var page = Extractor.Extract(Page($"<h1>Bridge closed for good</h1><p>{First}</p><p>{Second}</p>"), null);

        Assert.Equal("Bridge closed for good", page?.Title);
        Assert.Null(page?.Author);
        Assert.Null(page?.PublishedAt);
    }

    [Fact]
    public void Extract_UsesJsonLdArticleBody_WhenThePageShowsLittleOfIt()
    {
        var body = string.Join("\n", First, Second, Third, First, Second);
        var html = $"<html><head><script type='application/ld+json'>{{\"@type\": \"Article\", \"articleBody\": \"{body.Replace("\n", "\\n", StringComparison.Ordinal)}\"}}</script></head>" +
            "<body><div id='app'><p>Loading the story, please wait while the page is rendered by the reader's browser.</p></div></body></html>";

        var page = Extractor.Extract(html, null);

        Assert.Equal(string.Join("\n\n", First, Second, Third, First, Second), page?.Body);
    }

    public static TheoryData<string, string> NoArticle => new()
    {
        { "error page", Page("<h1>Page not found</h1><p>Sorry, the page you asked for does not exist.</p><a href='/'>Home</a>") },
        { "login wall", Page("<form><label>Email</label><input name='e'><button>Sign in</button></form><p>Sign in to keep reading.</p>") },
        {
            "section front",
            Page(string.Concat(Enumerable.Range(1, 30).Select(i => $"<div class='card'><a href='/s/{i}'>Headline of story number {i} on the front</a></div>")))
        },
        { "empty body", "<html><head><title>Nothing</title></head><body></body></html>" },
    };

    [Theory]
    [MemberData(nameof(NoArticle))]
    public void Extract_AnswersNull_ForAPageWithoutAnArticle(string name, string html)
    {
        var page = Extractor.Extract(html, null);

        Assert.True(page is null, $"{name}: {page?.Body}");
    }

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>Test</title></head><body>{body}</body></html>";
}
