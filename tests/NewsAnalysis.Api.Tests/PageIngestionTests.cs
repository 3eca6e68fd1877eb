using System.Net;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>Posting a web page as <c>html</c>: the product reads the article out of it and stores that text.</summary>
public sealed class PageIngestionTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private const string First = "Foreign Minister Talvo Brannick arrived in Oslo on Monday for talks on the fishing treaty, his first visit since the election.";
    private const string Second = "\"We came to listen\", Brannick said, adding that both sides wanted an agreement before the season opens in March.";

    [Fact]
    public async Task Html_IsStoredAsTheArticleText_WithThePagesMetadata_AndSpansIntoThatText()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("page");
        var url = $"https://tests.example/{marker}";

        var response = await client.PostArticleAsync(new { html = Page(marker), url });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.ReadJsonAsync();
        var body = article.GetProperty("body").GetString()!;
        Assert.Equal($"{marker}: {First}\n\n{Second}", body);
        Assert.Equal($"{marker} talks open in Oslo", article.GetProperty("title").GetString());
        Assert.Equal("Ana Ruiz", article.GetProperty("author").GetString());
        Assert.Equal("Fjord Gazette", article.GetProperty("source").GetString());
        Assert.Equal(url, article.GetProperty("url").GetString());
        Assert.Equal(new DateTime(2024, 5, 6, 9, 0, 0, DateTimeKind.Utc), article.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
        var quote = Assert.Single(article.GetProperty("quotes").EnumerateArray());
        Assert.Equal("We came to listen", quote.GetProperty("text").GetString());
        Assert.Equal("We came to listen", body[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()]);
        Assert.DoesNotContain("Most read", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_FieldsGivenInTheRequest_WinOverThePages()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("page");

        var response = await client.PostArticleAsync(new
        {
            html = Page(marker),
            title = $"{marker} own title",
            author = "Tom Bell",
            source = "Own Wire",
            publishedAt = "2023-01-02T03:04:05Z",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.ReadJsonAsync();
        Assert.Equal($"{marker} own title", article.GetProperty("title").GetString());
        Assert.Equal("Tom Bell", article.GetProperty("author").GetString());
        Assert.Equal("Own Wire", article.GetProperty("source").GetString());
        Assert.Equal(new DateTime(2023, 1, 2, 3, 4, 5, DateTimeKind.Utc), article.GetProperty("publishedAt").GetDateTime().ToUniversalTime());

        // Without a url in the request the page's canonical address is stored.
        Assert.Equal($"https://gazette.example/{marker}", article.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Html_OfAPageWithoutAnArticle_Is422AndStoresNothing()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("nopage");
        var html = $"<html><head><title>{marker} not found</title></head><body><nav><a href='/'>Home</a></nav><h1>Page not found</h1><p>Sorry.</p></body></html>";

        var response = await client.PostArticleAsync(new { html, title = marker });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "No article text was found in 'html'");
        Assert.Equal("The page carries no article.", problem.GetProperty("title").GetString());
        var stored = await client.GetJsonAsync($"/api/articles?q={marker}");
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Html_WithoutATitleInRequestOrPage_Is422()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("notitle");
        var html = $"<html><body><article><p>{marker}: {First}</p><p>{Second}</p></article></body></html>";

        var response = await client.PostArticleAsync(new { html });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "send 'title'");
        var stored = await client.GetJsonAsync($"/api/articles?q={marker}");
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task BodyAndHtmlTogether_Is400NamingBoth()
    {
        var response = await factory.CreateClient().PostArticleAsync(new { title = "Both", body = "Text.", html = "<p>Text.</p>" });

        var errors = await ValidationErrorsAsync(response);
        Assert.Contains("Give either 'Body' or 'Html', not both.", errors["body"]);
        Assert.Contains("Give either 'Body' or 'Html', not both.", errors["html"]);
    }

    [Fact]
    public async Task Html_OverTheLimit_Is400NamingTheLimit()
    {
        var html = "<p>" + new string('a', 5_000_001) + "</p>";

        var response = await factory.CreateClient().PostArticleAsync(new { html });

        var errors = await ValidationErrorsAsync(response);
        Assert.Contains(errors["html"], m => m.Contains("5,000,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NeitherBodyNorHtmlNorUrl_Is400OnBody()
    {
        var response = await factory.CreateClient().PostArticleAsync(new { title = "Nothing", source = "Nowhere" });

        var errors = await ValidationErrorsAsync(response);
        Assert.True(errors.ContainsKey("body"));
    }

    [Fact]
    public async Task Batch_ReadsEachItemsPage_AndFailsAnItemWithoutAnArticle()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("pagebatch");

        var response = await client.PostBatchAsync(
            new { html = Page(marker), url = $"https://tests.example/{marker}" },
            new { html = "<html><body><h1>Sign in</h1><form><input name='user'><button>Go</button></form></body></html>", title = $"{marker} wall" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await client.WaitForJobAsync((await response.ReadJsonAsync()).GetProperty("id").GetInt32());
        var items = job.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("stored", items[0].GetProperty("status").GetString());
        var article = await client.GetJsonAsync($"/api/articles/{items[0].GetProperty("articleId").GetInt32()}");
        Assert.Equal($"{marker}: {First}\n\n{Second}", article.GetProperty("body").GetString());
        Assert.Equal($"{marker} talks open in Oslo", article.GetProperty("title").GetString());
        Assert.Equal("failed", items[1].GetProperty("status").GetString());
        var reason = Assert.Single(items[1].GetProperty("errors").GetProperty("html").EnumerateArray()).GetString();
        Assert.Contains("The page carries no article.", reason, StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync($"/api/articles?q={marker}%20wall")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task SwaggerBatchExample_PageItem_IsReadAsAnArticle()
    {
        var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");
        var example = document.GetProperty("paths").GetProperty("/api/articles/batch").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("example");
        var page = Assert.Single(example.GetProperty("articles").EnumerateArray(), a => a.TryGetProperty("html", out _));

        var response = await client.PostArticleAsync(new { html = page.GetProperty("html").GetString(), url = $"https://tests.example/{ApiClient.Unique("example")}" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.ReadJsonAsync();
        Assert.Equal("Port reopens", article.GetProperty("title").GetString());
        Assert.StartsWith("The port of Rotterdam reopened", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        return problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static string Page(string marker)
    {
        var jsonLd = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@type"] = "NewsArticle",
            ["headline"] = $"{marker} talks open in Oslo",
            ["datePublished"] = "2024-05-06T11:00:00+02:00",
            ["author"] = new { name = "Ana Ruiz" },
        });
        return $"""
            <!DOCTYPE html><html lang="en"><head><title>{marker} talks open in Oslo | Fjord Gazette</title>
            <meta property="og:site_name" content="Fjord Gazette"><link rel="canonical" href="https://gazette.example/{marker}">
            <script type="application/ld+json">{jsonLd}</script></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article><h1>{marker} talks open in Oslo</h1><div class="share-tools">Share on Facebook or by email</div>
            <p>{marker}: {First}</p><p>{Second}</p></article>
            <aside><h2>Most read</h2><ul><li><a href="/a">Storm hits the coast</a></li></ul></aside>
            <footer>© Fjord Gazette</footer></body></html>
            """;
    }
}
