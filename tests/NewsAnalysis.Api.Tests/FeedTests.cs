using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// /api/feeds and feed polling against the local site's RSS and Atom feeds. The poller is off in this factory; each test
/// polls due feeds by hand, as the worker would, and makes a feed due again with <c>POST /api/feeds/{id}/poll</c>.
/// </summary>
public sealed class FeedTests(FetchingApiFactory factory) : IClassFixture<FetchingApiFactory>
{
    private LocalNewsSite Site => factory.Site;

    [Fact]
    public async Task RssFeed_PolledTwice_StoresEachItemOnce()
    {
        var client = factory.CreateClient();
        var name = ApiClient.Unique("rss");
        var feed = await SubscribeAsync(client, $"{Site.BaseUrl}/feeds/{name}/rss.xml", 30);
        var id = feed.GetProperty("id").GetInt32();
        Assert.Equal(0, feed.GetProperty("itemsSeen").GetInt32());
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("lastPolledAt").ValueKind);

        Assert.True(await factory.PollDueFeedsAsync() >= 1);
        var polled = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.Equal($"Harbour Gazette: {name}", polled.GetProperty("title").GetString());
        Assert.Equal(3, polled.GetProperty("itemsSeen").GetInt32());
        Assert.Equal(3, polled.GetProperty("itemsStored").GetInt32());
        Assert.Equal(0, polled.GetProperty("consecutiveFailures").GetInt32());
        var lastPolled = polled.GetProperty("lastPolledAt").GetDateTime();
        Assert.Equal(lastPolled.AddMinutes(30), polled.GetProperty("nextPollAt").GetDateTime());

        var again = await client.PostAsync($"/api/feeds/{id}/poll", null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.True(await factory.PollDueFeedsAsync() >= 1);

        var twice = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.True(twice.GetProperty("lastPolledAt").GetDateTime() >= lastPolled);
        Assert.Equal(3, twice.GetProperty("itemsSeen").GetInt32());
        Assert.Equal(3, twice.GetProperty("itemsStored").GetInt32());
        Assert.Equal(0, twice.GetProperty("itemsDuplicate").GetInt32());
        Assert.Equal(2, Site.Requests.Count(path => path == $"/feeds/{name}/rss.xml"));
        for (var i = 1; i <= 3; i++)
        {
            Assert.Single(Site.Requests, path => path == $"/news/{name}-{i}");
            var stored = await client.PostArticleAsync(new { url = $"{Site.BaseUrl}/news/{name}-{i}" });
            Assert.Equal(HttpStatusCode.Conflict, stored.StatusCode);
        }
    }

    [Fact]
    public async Task AtomFeed_ItemsAreStoredWithTheFeedsDates()
    {
        var client = factory.CreateClient();
        var name = ApiClient.Unique("atom");
        var id = (await SubscribeAsync(client, $"{Site.BaseUrl}/feeds/{name}/atom.xml", 60)).GetProperty("id").GetInt32();

        await factory.PollDueFeedsAsync();

        var feed = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.Equal(2, feed.GetProperty("itemsStored").GetInt32());
        var conflict = await (await client.PostArticleAsync(new { url = $"{Site.BaseUrl}/news/{name}-b" })).ReadJsonAsync();
        var article = await client.GetJsonAsync($"/api/articles/{conflict.GetProperty("existingArticleId").GetInt32()}");
        Assert.Equal(new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc), article.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
        Assert.Contains(LocalNewsSite.Marker($"{name}-b"), article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemWhoseUrlIsAlreadyStored_IsADuplicate_NotFetchedAgain()
    {
        var client = factory.CreateClient();
        var name = ApiClient.Unique("dup");
        Assert.Equal(HttpStatusCode.Created, (await client.PostArticleAsync(new { url = $"{Site.BaseUrl}/news/{name}-2" })).StatusCode);
        var id = (await SubscribeAsync(client, $"{Site.BaseUrl}/feeds/{name}/rss.xml", 60)).GetProperty("id").GetInt32();

        await factory.PollDueFeedsAsync();

        var feed = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.Equal(3, feed.GetProperty("itemsSeen").GetInt32());
        Assert.Equal(2, feed.GetProperty("itemsStored").GetInt32());
        Assert.Equal(1, feed.GetProperty("itemsDuplicate").GetInt32());
        Assert.Single(Site.Requests, path => path == $"/news/{name}-2");
    }

    [Fact]
    public async Task FeedAtAnInternalAddress_FailsItsPolls_BacksOffDoubling_AndShowsWhy()
    {
        var client = factory.CreateClient();
        var url = $"http://{LocalNewsSite.IntranetHost}:{Site.Port}/feeds/{ApiClient.Unique("intra")}/rss.xml";
        var id = (await SubscribeAsync(client, url, 10)).GetProperty("id").GetInt32();

        await factory.PollDueFeedsAsync();
        var once = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.Equal(1, once.GetProperty("consecutiveFailures").GetInt32());
        Assert.Contains("a private address", once.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(20), once.GetProperty("nextPollAt").GetDateTime() - once.GetProperty("lastPolledAt").GetDateTime());

        await client.PostAsync($"/api/feeds/{id}/poll", null);
        await factory.PollDueFeedsAsync();
        var twice = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.Equal(2, twice.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(TimeSpan.FromMinutes(40), twice.GetProperty("nextPollAt").GetDateTime() - twice.GetProperty("lastPolledAt").GetDateTime());
        Assert.Equal(0, twice.GetProperty("itemsSeen").GetInt32());
    }

    [Fact]
    public async Task AddressThatIsNoFeed_FailsThePollSayingSo()
    {
        var client = factory.CreateClient();
        var id = (await SubscribeAsync(client, $"{Site.BaseUrl}/feeds/{ApiClient.Unique("nofeed")}/not-a-feed", 60)).GetProperty("id").GetInt32();

        await factory.PollDueFeedsAsync();

        var feed = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.Equal(1, feed.GetProperty("consecutiveFailures").GetInt32());
        Assert.Contains("not RSS or Atom", feed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedWithExpandingEntities_FailsThePoll_WithoutExpandingThem()
    {
        var client = factory.CreateClient();
        var id = (await SubscribeAsync(client, $"{Site.BaseUrl}/feeds/{ApiClient.Unique("laughs")}/laughs.xml", 60)).GetProperty("id").GetInt32();

        await factory.PollDueFeedsAsync();

        var feed = await client.GetJsonAsync($"/api/feeds/{id}");
        Assert.Equal(1, feed.GetProperty("consecutiveFailures").GetInt32());
        Assert.Contains("not RSS or Atom", feed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("title").ValueKind);
    }

    [Fact]
    public async Task FeedWithAnExternalEntity_NeverReadsTheFileItNames()
    {
        var client = factory.CreateClient();
        var name = ApiClient.Unique("xxe");
        var id = (await SubscribeAsync(client, $"{Site.BaseUrl}/feeds/{name}/xxe.xml", 60)).GetProperty("id").GetInt32();

        await factory.PollDueFeedsAsync();

        var feed = await client.GetJsonAsync($"/api/feeds/{id}");
        var title = feed.GetProperty("title").ValueKind == JsonValueKind.String ? feed.GetProperty("title").GetString()! : "";
        Assert.True(title.Length == 0 || title == $"{name} []", $"title: {title}; last error: {feed.GetProperty("lastError")}");
    }

    [Fact]
    public async Task SameUrlSubscribedTwice_Is409WithTheFeedsLocation()
    {
        var client = factory.CreateClient();
        var url = $"{Site.BaseUrl}/feeds/{ApiClient.Unique("twice")}/rss.xml";
        var id = (await SubscribeAsync(client, url, 60)).GetProperty("id").GetInt32();

        var response = await client.PostAsJsonAsync("/api/feeds", new { url, pollMinutes = 15 });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, $"feed {id}");
        Assert.Equal(id, problem.GetProperty("existingFeedId").GetInt32());
        Assert.Equal($"/api/feeds/{id}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.com/feed","pollMinutes":60}""", "url")]
    [InlineData("""{"pollMinutes":60}""", "url")]
    [InlineData("""{"url":"https://example.com/feed","pollMinutes":4}""", "pollMinutes")]
    [InlineData("""{"url":"https://example.com/feed","pollMinutes":1441}""", "pollMinutes")]
    [InlineData("""{"url":"https://example.com/feed","pollMinutes":"often"}""", "$.pollMinutes")]
    public async Task BadSubscription_Is400NamingTheField(string json, string field)
    {
        var response = await factory.CreateClient().PostAsync("/api/feeds", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Unsubscribe_DeletesTheFeed_AndKeepsItsArticles()
    {
        var client = factory.CreateClient();
        var name = ApiClient.Unique("gone");
        var id = (await SubscribeAsync(client, $"{Site.BaseUrl}/feeds/{name}/rss.xml?items=1", 60)).GetProperty("id").GetInt32();
        await factory.PollDueFeedsAsync();
        var listed = await client.GetJsonAsync("/api/feeds?page=1&pageSize=100");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), f => f.GetProperty("id").GetInt32() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/feeds/{id}")).StatusCode);

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/feeds/{id}"), HttpStatusCode.NotFound, $"No feed has id {id}");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/feeds/{id}"), HttpStatusCode.NotFound, $"No feed has id {id}");
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostArticleAsync(new { url = $"{Site.BaseUrl}/news/{name}-1" })).StatusCode);
    }

    private static async Task<JsonElement> SubscribeAsync(HttpClient client, string url, int pollMinutes)
    {
        var response = await client.PostAsJsonAsync("/api/feeds", new { url, pollMinutes });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var feed = await response.ReadJsonAsync();
        Assert.Equal($"/api/feeds/{feed.GetProperty("id").GetInt32()}", response.Headers.Location!.OriginalString);
        return feed;
    }
}
