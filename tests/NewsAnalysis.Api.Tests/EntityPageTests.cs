using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// An entity's page and its statement lists read only as far as they show (issue 16): the page's articles from the
/// mentions' (entity, article date) index, the first pages of its quotes and claims from the speaker's index and its
/// name mentions, with the totals kept on write. What they show is what the filtered lists, which read every row, show.
/// </summary>
public sealed class EntityPageTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private static readonly string[] Bodies =
    [
        "France said on Monday that the embargo would last until May. \"We will not move,\" France said.",
        "The United States, Britain and France have pointed a finger at the Syrian government, saying it carried out the attack.",
        "Britain and France said that the talks would resume in June. France said that the port would reopen.",
    ];

    [Fact]
    public async Task EntityPageAndStatementPages_MatchTheFilteredLists_NewestArticleFirst()
    {
        var client = factory.CreateClient();

        // Published out of order, so that the newest article is neither the first nor the last stored.
        string[] dates = ["2021-03-01", "2024-06-01", "2019-01-15", "2023-02-01", "2020-07-01", "2025-01-01", "2022-09-09"];
        var published = new Dictionary<int, DateTime>();
        for (var i = 0; i < dates.Length; i++)
        {
            var response = await client.PostArticleAsync(new
            {
                title = $"Capitals {i}",
                body = Bodies[i % Bodies.Length],
                url = $"https://tests.example/{Guid.NewGuid():N}",
                publishedAt = dates[i] + "T00:00:00Z",
            });
            var article = await response.ReadJsonAsync();
            published[article.GetProperty("id").GetInt32()] = DateTime.Parse(dates[i] + "T00:00:00Z", null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        }

        var france = (await client.GetJsonAsync("/api/entities?q=France")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "France").GetProperty("id").GetInt32();
        var entity = await client.GetJsonAsync($"/api/entities/{france}");

        var articles = entity.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(dates.Length, entity.GetProperty("articleCount").GetInt32());
        Assert.Equal(
            published.OrderByDescending(p => p.Value).Select(p => p.Key),
            articles.Select(a => a.GetProperty("id").GetInt32()));
        foreach (var article in articles)
        {
            var stored = await client.GetJsonAsync($"/api/articles/{article.GetProperty("id").GetInt32()}");
            var mentions = stored.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == france).GetProperty("mentions");
            Assert.Equal(mentions.GetArrayLength(), article.GetProperty("mentionCount").GetInt32());
        }

        // The claims both alone and in coordinated subjects, over several pages.
        var claims = await PagesAsync(client, $"/api/entities/{france}/claims", entity.GetProperty("claimCount").GetInt32());
        Assert.Contains(claims, c => c.GetProperty("claimant").GetProperty("members").ValueKind == JsonValueKind.Array);
        Assert.Contains(claims, c => c.GetProperty("claimant").GetProperty("entityId").ValueKind == JsonValueKind.Number);
        Assert.True(claims.Count > 4);
        foreach (var member in claims.SelectMany(MembersOf).Distinct())
        {
            var total = (await client.GetJsonAsync($"/api/entities/{member}")).GetProperty("claimCount").GetInt32();
            Assert.Equal(
                Ids(await PagesAsync(client, $"/api/claims?claimantId={member}&from=1900-01-01", total)),
                Ids(await PagesAsync(client, $"/api/entities/{member}/claims", total)));
        }

        var quotes = entity.GetProperty("quoteCount").GetInt32();
        Assert.True(quotes > 0);
        Assert.Equal(
            Ids(await PagesAsync(client, $"/api/quotes?speakerId={france}&from=1900-01-01", quotes)),
            Ids(await PagesAsync(client, $"/api/entities/{france}/quotes", quotes)));

        // A page past the end is empty, with the total.
        var past = await client.GetJsonAsync($"/api/entities/{france}/claims?page=50&pageSize=2");
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(claims.Count, past.GetProperty("totalCount").GetInt32());
    }

    /// <summary>Every page of a list, two items a page; each page's total must be <paramref name="total"/>.</summary>
    internal static async Task<List<JsonElement>> PagesAsync(HttpClient client, string path, int total)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var list = await client.GetJsonAsync($"{path}{separator}page={page}&pageSize=2");
            Assert.Equal(total, list.GetProperty("totalCount").GetInt32());
            items.AddRange(list.GetProperty("items").EnumerateArray());
        }

        Assert.Equal(total, items.Count);
        return items;
    }

    internal static List<int> Ids(List<JsonElement> items) => items.Select(i => i.GetProperty("id").GetInt32()).ToList();

    private static IEnumerable<int> MembersOf(JsonElement claim) =>
        claim.GetProperty("claimant").GetProperty("members") is { ValueKind: JsonValueKind.Array } members
            ? members.EnumerateArray().Select(m => m.GetProperty("entityId").GetInt32())
            : [];
}
