using System.Net;

namespace NewsAnalysis.Api.Tests;

/// <summary>Issue 19's filters: source ignoring case, dates on quotes and claims, speaker and claimant names.</summary>
public sealed class ListFilterTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private static async Task StoreAsync(HttpClient client, string title, string body, string source, string publishedAt)
    {
        var response = await client.PostArticleAsync(new { title, body, source, publishedAt, url = $"https://tests.example/{Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task SourceFilter_IgnoresCase()
    {
        var client = factory.CreateClient();
        var source = ApiClient.Unique("Breitbart");
        await StoreAsync(client, "One", "Mayor Alma Reyes said boats arrived.", source.ToLowerInvariant(), "2017-04-10T08:00:00Z");

        foreach (var asked in new[] { source, source.ToLowerInvariant(), source.ToUpperInvariant(), $" {source} " })
        {
            var list = await client.GetJsonAsync($"/api/articles?source={Uri.EscapeDataString(asked)}");
            Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task QuotesAndClaims_FilterByDateSpeakerAndClaimant()
    {
        var client = factory.CreateClient();
        var word = ApiClient.Unique("zd");
        await StoreAsync(client, "April", $"\"The {word} bridge will open,\" said Ilse Warden. Officials said that the {word} tunnel cost 40 million dollars.", "Wire", "2017-04-10T08:00:00Z");
        await StoreAsync(client, "May", $"\"The {word} bridge is late,\" said Omar Haddad. Engineers said that the {word} tunnel cost 50 million dollars.", "Wire", "2017-05-10T08:00:00Z");

        var april = await client.GetJsonAsync($"/api/quotes?q={word}&from=2017-04-01T00:00:00Z&to=2017-05-01T00:00:00Z");
        Assert.Contains("will open", Assert.Single(april.GetProperty("items").EnumerateArray()).GetProperty("text").GetString());
        var fromMay = await client.GetJsonAsync($"/api/claims?q={word}&from=2017-05-01T00:00:00Z");
        Assert.All(fromMay.GetProperty("items").EnumerateArray(), c => Assert.Contains("50 million", c.GetProperty("text").GetString()));
        Assert.True(fromMay.GetProperty("totalCount").GetInt32() >= 1);

        var wire = await client.GetJsonAsync($"/api/quotes?q={word}&source=WIRE");
        Assert.Equal(2, wire.GetProperty("totalCount").GetInt32());
        var elsewhere = await client.GetJsonAsync($"/api/claims?q={word}&source=elsewhere");
        Assert.Equal(0, elsewhere.GetProperty("totalCount").GetInt32());

        var haddad = await client.GetJsonAsync($"/api/quotes?q={word}&speaker=HADDAD");
        Assert.Equal("Omar Haddad", Assert.Single(haddad.GetProperty("items").EnumerateArray()).GetProperty("speaker").GetProperty("name").GetString());
        var engineers = await client.GetJsonAsync($"/api/claims?q={word}&claimant=engineers");
        Assert.All(engineers.GetProperty("items").EnumerateArray(), c => Assert.Contains("50 million", c.GetProperty("text").GetString()));
        Assert.Equal(1, engineers.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/quotes?from=2017-05-01T00:00:00Z&to=2017-04-01T00:00:00Z", "to")]
    [InlineData("/api/claims?from=2017-05-01T00:00:00Z&to=2017-04-01T00:00:00Z", "to")]
    [InlineData("/api/quotes?from=yesterday", "from")]
    public async Task BadDates_Answer400NamingTheField(string path, string field)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase)), problem.ToString());
    }
}
