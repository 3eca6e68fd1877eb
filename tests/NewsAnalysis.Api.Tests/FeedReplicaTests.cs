using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Two API instances on one PostgreSQL database, both polling feeds in the background: one feed's items are each
/// fetched and stored exactly once. Runs when NEWSANALYSIS_TEST_POSTGRES is set; elsewhere it is reported as skipped
/// (SQLite is one machine's database, with one API process).
/// </summary>
public sealed class FeedReplicaTests : IAsyncLifetime
{
    private LocalNewsSite? _site;
    private FetchingApiFactory? _first;
    private FetchingApiFactory? _second;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(NewsApiFactory.PostgresVariable)))
        {
            return;
        }

        _site = await LocalNewsSite.StartAsync();
        var database = NewsApiFactory.NewDatabaseName();
        _first = new FetchingApiFactory(_site, database, pollFeeds: true);
        _second = new FetchingApiFactory(_site, database, pollFeeds: true);

        // The first migrates the new database; the second finds it migrated.
        _first.CreateClient();
        _second.CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task TwoInstancesPollingOneFeed_StoreEachItemExactlyOnce()
    {
        var name = ApiClient.Unique("replica");
        const int items = 8;
        var subscribed = await _first!.CreateClient().PostAsJsonAsync("/api/feeds", new { url = $"{_site!.BaseUrl}/feeds/{name}/rss.xml?items={items}", pollMinutes = 5 });
        var id = (await subscribed.ReadJsonAsync()).GetProperty("id").GetInt32();

        var feed = await WaitForFeedAsync(_second!.CreateClient(), id, f => f.GetProperty("itemsSeen").GetInt32() == items && f.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
        var lastPolled = feed.GetProperty("lastPolledAt").GetDateTime();

        // Both instances see it due again at once.
        await _second.CreateClient().PostAsync($"/api/feeds/{id}/poll", null);
        await _first.CreateClient().PostAsync($"/api/feeds/{id}/poll", null);
        feed = await WaitForFeedAsync(_first.CreateClient(), id, f => f.GetProperty("lastPolledAt").GetDateTime() > lastPolled);

        Assert.Equal(items, feed.GetProperty("itemsSeen").GetInt32());
        Assert.Equal(items, feed.GetProperty("itemsStored").GetInt32());
        Assert.Equal(0, feed.GetProperty("itemsDuplicate").GetInt32());
        Assert.Equal(0, feed.GetProperty("itemsFailed").GetInt32());
        Assert.Equal(0, feed.GetProperty("consecutiveFailures").GetInt32());
        for (var i = 1; i <= items; i++)
        {
            Assert.Single(_site.Requests, path => path == $"/news/{name}-{i}");
        }
    }

    private static async Task<JsonElement> WaitForFeedAsync(HttpClient client, int id, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var feed = await client.GetJsonAsync($"/api/feeds/{id}");
            if (done(feed))
            {
                return feed;
            }

            Assert.True(DateTime.UtcNow < deadline, $"feed {id} did not get there in time: {feed}");
            await Task.Delay(200);
        }
    }
}
