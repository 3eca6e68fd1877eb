using System.Net;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Corrections that race each other or an ingestion end as if they had run one after the other: each is applied whole
/// or not at all, and the loser answers 404 or 409. On PostgreSQL (CI's second run) they really run at once; on SQLite
/// its one writer at a time makes them take turns.
/// </summary>
public sealed class CorrectionConcurrencyTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task MergesOfAPairInBothDirectionsAtOnce_OneWins_AndTheOtherFindsItsEntityGone()
    {
        var client = factory.CreateClient();
        var henrik = await client.PersonIdAsync("Henrik Quelsandvo");
        var lisbet = await client.PersonIdAsync("Lisbet Quelsandvo");

        var answers = await Task.WhenAll(client.MergeAsync(henrik, lisbet), client.MergeAsync(lisbet, henrik));

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK);
        await loser.ProblemAsync(HttpStatusCode.NotFound);
        var survivor = (await winner.OkJsonAsync()).GetProperty("entity").GetProperty("id").GetInt32();
        var merged = survivor == henrik ? lisbet : henrik;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/entities/{merged}")).StatusCode);
        var entity = await client.GetJsonAsync($"/api/entities/{survivor}");
        Assert.Equal(4, entity.GetProperty("mentionCount").GetInt32());
        Assert.Equal(2, entity.GetProperty("quoteCount").GetInt32());
        var corrections = (await client.GetJsonAsync("/api/corrections?pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "Merge" && IdIn(c.GetProperty("entityId"), henrik, lisbet));
        Assert.Single(corrections);
    }

    [Fact]
    public async Task RenamesOfSeveralEntitiesToOneNameAtOnce_OneWins_AndTheOthersAre409NamingIt()
    {
        var client = factory.CreateClient();
        var ids = new[]
        {
            await client.PersonIdAsync("Ragna Queldahlen"),
            await client.PersonIdAsync("Sindre Quelbakken"),
            await client.PersonIdAsync("Tora Quellunde"),
        };

        var answers = await Task.WhenAll(ids.Select(id => client.PatchEntityAsync(id, new { name = "Arne Queltrollan" })));

        var winner = (await Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK).OkJsonAsync()).GetProperty("entity").GetProperty("id").GetInt32();
        foreach (var loser in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            var problem = await loser.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal(winner, problem.GetProperty("existingEntityId").GetInt32());
        }

        var named = await client.GetJsonAsync("/api/entities?q=Arne%20Queltrollan");
        Assert.Equal(winner, Assert.Single(named.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        foreach (var other in ids.Where(id => id != winner))
        {
            var entity = await client.GetJsonAsync($"/api/entities/{other}");
            Assert.NotEqual("Arne Queltrollan", entity.GetProperty("name").GetString());
            Assert.Empty(entity.GetProperty("links").EnumerateArray());
        }
    }

    [Fact]
    public async Task MergeWhileArticlesNamingTheSourceArrive_LeavesEveryMentionWithTheTarget()
    {
        var client = factory.CreateClient();
        var einir = await client.PersonIdAsync("Einir Quelrudsen");
        var vidar = await client.PersonIdAsync("Vidar Quelmoen");

        var posts = Enumerable.Range(0, 4).Select(i => client.CreateArticleAsync($"Bergen {i}", $"Einir Quelrudsen spoke in Bergen on day {i + 1}.")).ToList();
        var merge = client.MergeAsync(einir, vidar);
        await Task.WhenAll(posts);
        await (await merge).OkJsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/entities/{einir}")).StatusCode);
        foreach (var post in posts)
        {
            var article = await client.GetJsonAsync($"/api/articles/{(await post).GetProperty("id").GetInt32()}");
            var entity = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Person");
            Assert.Equal(vidar, entity.GetProperty("id").GetInt32());
        }

        var later = await client.CreateArticleAsync("Bergen", "Einir Quelrudsen spoke in Bergen on Friday.");
        Assert.Equal(vidar, CorrectionClient.EntityIdOf(later, "Vidar Quelmoen"));
    }

    private static bool IdIn(JsonElement id, params int[] ids) => id.ValueKind == JsonValueKind.Number && ids.Contains(id.GetInt32());
}
