using System.Net;

namespace NewsAnalysis.Api.Tests;

/// <summary>POST /api/articles with a url alone: the page is fetched from the local site, checked and extracted.</summary>
public sealed class UrlIngestionTests(FetchingApiFactory factory) : IClassFixture<FetchingApiFactory>
{
    private LocalNewsSite Site => factory.Site;

    [Fact]
    public async Task UrlAlone_IsFetchedExtractedAndStored_AndPostedAgainIsAConflictWithoutAFetch()
    {
        var client = factory.CreateClient();
        var slug = ApiClient.Unique("pier");
        var url = $"{Site.BaseUrl}/news/{slug}";

        var response = await client.PostArticleAsync(new { url });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.ReadJsonAsync();
        Assert.Equal(url, article.GetProperty("url").GetString());
        Assert.Contains(LocalNewsSite.Headline(slug), article.GetProperty("title").GetString(), StringComparison.Ordinal);
        var body = article.GetProperty("body").GetString()!;
        Assert.Contains(LocalNewsSite.Marker(slug), body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", body, StringComparison.Ordinal);

        var again = await client.PostArticleAsync(new { url });
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "stored as article");
        Assert.Single(Site.Requests, path => path == $"/news/{slug}");
    }

    [Fact]
    public async Task FieldsSentWithTheUrl_WinOverWhatThePageStates()
    {
        var client = factory.CreateClient();
        var slug = ApiClient.Unique("quay");

        var response = await client.PostArticleAsync(new { url = $"{Site.BaseUrl}/news/{slug}", title = "Our own headline", source = "Wire desk", publishedAt = "2026-01-02T03:04:05Z" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.ReadJsonAsync();
        Assert.Equal("Our own headline", article.GetProperty("title").GetString());
        Assert.Equal("Wire desk", article.GetProperty("source").GetString());
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), article.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task RedirectChain_IsFollowed_AndTheArticleKeepsThePostedUrl()
    {
        var client = factory.CreateClient();
        var slug = ApiClient.Unique("dock");
        var url = $"{Site.BaseUrl}/redirect/3/{slug}";

        var response = await client.PostArticleAsync(new { url });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.ReadJsonAsync();
        Assert.Equal(url, article.GetProperty("url").GetString());
        Assert.Contains(LocalNewsSite.Marker(slug), article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreThanFiveRedirects_Is422()
    {
        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/redirect/7/{ApiClient.Unique("loop")}" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "more than 5 times");
    }

    public static TheoryData<string, string> RefusedAddresses => new()
    {
        { "http://127.0.0.1:{port}/news/{slug}", "loopback" },
        { "http://localhost:{port}/news/{slug}", "loopback" },
        { "http://[::1]:{port}/news/{slug}", "loopback" },
        { "http://[::ffff:127.0.0.1]:{port}/news/{slug}", "loopback" },
        { "http://intranet.test:{port}/news/{slug}", "10.20.30.40, a private address" },
        { "http://169.254.169.254/latest/meta-data/{slug}", "link-local" },
        { "http://10.0.0.1/{slug}", "private" },
        { "http://100.64.1.1/{slug}", "carrier-grade NAT" },
        { "http://0.0.0.0:{port}/{slug}", "unspecified" },
        { "http://[fd00::1]/{slug}", "private" },
    };

    [Theory]
    [MemberData(nameof(RefusedAddresses))]
    public async Task InternalAddress_NotAllowListed_IsRefusedWith422_AndNeverReached(string template, string reason)
    {
        var slug = ApiClient.Unique("ssrf");
        var url = template.Replace("{port}", Site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{slug}", slug, StringComparison.Ordinal);

        var response = await factory.CreateClient().PostArticleAsync(new { url });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, reason);
        Assert.Equal("The address is not allowed.", problem.GetProperty("title").GetString());
        Assert.DoesNotContain(Site.Requests, path => path.Contains(slug, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("to-loopback", "loopback")]
    [InlineData("to-intranet", "private")]
    public async Task RedirectFromTheAllowedSiteToAnInternalAddress_IsRefused(string route, string reason)
    {
        var slug = ApiClient.Unique("hop");

        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/{route}/{slug}" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, reason);
        Assert.Single(Site.Requests, path => path.Contains(slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowSite_Is502SayingItTookTooLong()
    {
        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/slow" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway, "did not answer");
        Assert.Equal("The site took too long.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task HugePage_Is422_AndReadingStops()
    {
        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/huge" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "larger than 1,048,576 bytes");
    }

    [Fact]
    public async Task PageThatIsMissing_Is502NamingTheStatusTheSiteAnswered()
    {
        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/missing" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway, "answered 404");
    }

    [Fact]
    public async Task NotHtml_Is422NamingTheContentType()
    {
        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/report.pdf" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "application/pdf");
    }

    [Fact]
    public async Task PageWithoutAnArticle_Is422_AndNothingIsStored()
    {
        var client = factory.CreateClient();
        var url = $"{Site.BaseUrl}/section";

        var response = await client.PostArticleAsync(new { url });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "No article text was found in the page at");
        var posted = await client.PostArticleAsync(new { title = "Sections", body = "Officials said the section page was stored only now.", url });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
    }

    [Fact]
    public async Task SiteThatFailsOnce_IsRetried()
    {
        var slug = ApiClient.Unique("flaky");

        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/flaky/{slug}" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, Site.Requests.Count(path => path == $"/flaky/{slug}"));
    }

    [Fact]
    public async Task PageInWindows1252_DeclaredByMetaTagOnly_IsDecodedRight()
    {
        var slug = ApiClient.Unique("latin");

        var response = await factory.CreateClient().PostArticleAsync(new { url = $"{Site.BaseUrl}/latin1/{slug}" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("café in Zürich", (await response.ReadJsonAsync()).GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.com/story"}""", "url")]
    [InlineData("""{"url":"/relative/story"}""", "url")]
    [InlineData("""{"title":"No body, no url"}""", "body")]
    public async Task UrlAloneThatIsNoHttpAddress_Is400NamingTheField(string json, string field)
    {
        var response = await factory.CreateClient().PostAsync("/api/articles", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task BatchItemsWithAUrlAlone_AreFetchedByTheWorkers_AndAFailedFetchIsReportedOnItsItem()
    {
        var client = factory.CreateClient();
        var slug = ApiClient.Unique("batch");

        var response = await client.PostBatchAsync(new { url = $"{Site.BaseUrl}/news/{slug}" }, new { url = $"{Site.BaseUrl}/missing?{slug}" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await client.WaitForJobAsync((await response.ReadJsonAsync()).GetProperty("id").GetInt32());
        Assert.Equal(1, job.GetProperty("stored").GetInt32());
        Assert.Equal(1, job.GetProperty("failed").GetInt32());
        var items = job.GetProperty("items").EnumerateArray().ToList();
        var stored = await client.GetJsonAsync($"/api/articles/{items[0].GetProperty("articleId").GetInt32()}");
        Assert.Contains(LocalNewsSite.Marker(slug), stored.GetProperty("body").GetString(), StringComparison.Ordinal);
        var errors = items[1].GetProperty("errors").GetProperty("url").EnumerateArray().Single().GetString();
        Assert.Contains("answered 404", errors, StringComparison.Ordinal);
    }
}
