using System.Net;

namespace NewsAnalysis.Api.Tests;

/// <summary>The overview's aggregates under /api/stats, on data each test stores under a source of its own.</summary>
public sealed class StatsTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private static async Task StoreAsync(HttpClient client, string source, string publishedAt, string body)
    {
        var response = await client.PostArticleAsync(new { title = "Stats", body, source, publishedAt, url = $"https://tests.example/{Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Timeline_CountsQuotesPerMonthAndWeek_WithEmptyStepsBetween()
    {
        var client = factory.CreateClient();
        var source = ApiClient.Unique("Stats Wire ");
        await StoreAsync(client, source, "2017-01-10T08:00:00Z", "\"The port is open,\" said Ilse Warden. \"Ships are waiting,\" said Omar Haddad.");
        await StoreAsync(client, source, "2017-03-02T08:00:00Z", "\"The port is closed,\" said Ilse Warden.");

        var months = await client.GetJsonAsync($"/api/stats/timeline?source={Uri.EscapeDataString(source.ToUpperInvariant())}&interval=month");
        var points = months.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("start").GetString(), p.GetProperty("count").GetInt32())).ToList();
        Assert.Equal([("2017-01-01T00:00:00Z", 2), ("2017-02-01T00:00:00Z", 0), ("2017-03-01T00:00:00Z", 1)], points);
        Assert.Equal(3, months.GetProperty("totalCount").GetInt32());

        var weeks = await client.GetJsonAsync($"/api/stats/timeline?source={Uri.EscapeDataString(source)}&interval=week&from=2017-03-01T00:00:00Z");
        var week = Assert.Single(weeks.GetProperty("points").EnumerateArray());
        Assert.Equal("2017-02-27T00:00:00Z", week.GetProperty("start").GetString());
        Assert.Equal(1, week.GetProperty("count").GetInt32());

        var warden = (await client.GetJsonAsync("/api/entities?q=Ilse%20Warden")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var hers = await client.GetJsonAsync($"/api/stats/timeline?source={Uri.EscapeDataString(source)}&entityId={warden}");
        Assert.Equal(2, hers.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task SourcesAndTopSpeakers_CountPerSource_WithShares()
    {
        var client = factory.CreateClient();
        var source = ApiClient.Unique("Stats Desk ");
        await StoreAsync(client, source, "2017-05-10T08:00:00Z", "\"One,\" said Ilse Warden. \"Two,\" said Ilse Warden. \"Three,\" said Omar Haddad. \"Four,\" a spokesman said.");
        await StoreAsync(client, source.ToLowerInvariant(), "2017-05-11T08:00:00Z", "Officials said that 40 homes were damaged.");

        var sources = await client.GetJsonAsync("/api/stats/sources?from=2017-05-01T00:00:00Z&to=2017-06-01T00:00:00Z");
        var mine = sources.EnumerateArray().Where(s => string.Equals(s.GetProperty("source").GetString(), source, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(2, mine.Sum(s => s.GetProperty("articleCount").GetInt32()));
        Assert.Equal(4, mine.Sum(s => s.GetProperty("quoteCount").GetInt32()));
        Assert.True(mine.Sum(s => s.GetProperty("claimCount").GetInt32()) >= 1);

        var top = await client.GetJsonAsync($"/api/stats/top-speakers?source={Uri.EscapeDataString(source)}&type=Person");
        Assert.Equal(4, top.GetProperty("quoteCount").GetInt32());
        Assert.Equal(3, top.GetProperty("attributedQuoteCount").GetInt32());
        var first = top.GetProperty("items")[0];
        Assert.Equal("Ilse Warden", first.GetProperty("name").GetString());
        Assert.Equal(2, first.GetProperty("quoteCount").GetInt32());
        Assert.Equal(0.6667, first.GetProperty("share").GetDouble(), 4);
    }

    [Theory]
    [InlineData("/api/stats/timeline?kind=articles", "kind")]
    [InlineData("/api/stats/timeline?interval=day", "interval")]
    [InlineData("/api/stats/top-speakers?limit=0", "limit")]
    [InlineData("/api/stats/top-speakers?type=Planet", "type")]
    [InlineData("/api/stats/sources?from=2017-05-01T00:00:00Z&to=2017-04-01T00:00:00Z", "to")]
    public async Task BadSelections_Answer400NamingTheField(string path, string field)
    {
        using var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase));
    }
}
