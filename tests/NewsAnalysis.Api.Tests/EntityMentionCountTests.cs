using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// An entity's mention count is kept on write (issue 16). After ingestions, a merge, a split and deletions, the count
/// that the entity and the entity list show equals the mentions the stored articles resolve to it, read article by
/// article, and the entity's own per-article counts; the stored counts of all mentions, of name mentions (which the
/// linker weighs namesakes by) of articles and of quotes and claims, and the aliases with their counts, equal what the stored mentions hold. The names are those the correction tests checked to be read as
/// people.
/// </summary>
public sealed class EntityMentionCountTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task MentionCount_FollowsIngestion_MergeSplitAndDeletion()
    {
        var client = factory.CreateClient();
        var articles = new List<int>();
        async Task<JsonElement> PostAsync(string title, string body)
        {
            var article = await client.CreateArticleAsync(title, body);
            articles.Add(article.GetProperty("id").GetInt32());
            return article;
        }

        var talvo = CorrectionClient.EntityIdOf(
            await PostAsync("Bergen", "Talvo Quelnirasti spoke in Bergen on Tuesday. \"Point 0 matters,\" Quelnirasti said."), "Talvo Quelnirasti");
        await PostAsync("Bridge", "Talvo Quelnirasti said that the bridge would reopen in May. \"Point 1 matters,\" Quelnirasti said.");
        var talvi = CorrectionClient.EntityIdOf(
            await PostAsync("Oslo", "Talvi Quelnirasti spoke in Oslo on Monday. \"Point 2 matters,\" Quelnirasti said."), "Talvi Quelnirasti");
        await AssertCountsAsync(client, articles, talvo, talvi);
        Assert.True(await CountOfAsync(client, talvo) >= 2);
        Assert.True(await AssertStoredCountsAsync(talvo, talvi) >= 3);

        (await client.MergeAsync(talvi, talvo)).EnsureSuccessStatusCode();
        await AssertCountsAsync(client, articles, talvo);
        await AssertStoredCountsAsync(talvo, talvi);

        var split = await (await client.SplitAsync(talvo, "Talvi Quelnirasti")).OkJsonAsync();
        var alias = split.GetProperty("entity").GetProperty("id").GetInt32();
        await AssertCountsAsync(client, articles, talvo, alias);
        await AssertStoredCountsAsync(talvo, alias);

        foreach (var id in articles.ToList())
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/articles/{id}")).StatusCode);
            articles.Remove(id);
            await AssertCountsAsync(client, articles, talvo, alias);
            await AssertStoredCountsAsync(talvo, alias);
        }
    }

    /// <summary>Each stored entity's kept counts equal its stored mentions, all and by name; returns the name mentions of all of them.</summary>
    private async Task<int> AssertStoredCountsAsync(params int[] ids)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var byName = 0;
        foreach (var entity in await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync())
        {
            var mentions = await db.Mentions.Where(m => m.EntityId == entity.Id).ToListAsync();
            Assert.Equal(mentions.Count, entity.MentionCount);
            Assert.Equal(mentions.Count(m => m.Kind == MentionKind.Name), entity.NameMentionCount);
            Assert.Equal(mentions.Select(m => m.ArticleId).Distinct().Count(), entity.ArticleCount);
            var quotes = await db.Quotes.CountAsync(q => q.SpeakerEntityId == entity.Id)
                + await db.Quotes.CountAsync(q => q.SpeakerIsGroup && db.Mentions.Any(m => m.ArticleId == q.ArticleId && m.EntityId == entity.Id
                    && m.Kind == MentionKind.Name && m.Start >= q.SpeakerStart && m.End <= q.SpeakerEnd));
            Assert.Equal(quotes, entity.QuoteCount);
            Assert.Equal(await db.Claims.CountAsync(c => c.ClaimantEntityId == entity.Id), entity.ClaimCount);
            var aliases = mentions.Where(m => m.Kind == MentionKind.Name)
                .GroupBy(m => m.Text)
                .Select(g => (g.Key, g.Count()))
                .Order()
                .ToList();
            var kept = (await db.EntityAliases.Where(a => a.EntityId == entity.Id).ToListAsync())
                .Select(a => (a.Text, a.Count))
                .Order()
                .ToList();
            Assert.Equal(aliases, kept);
            Assert.Equal(Entity.SurnameOf(entity.Name), entity.Surname);
            byName += entity.NameMentionCount;
        }

        return byName;
    }

    private static async Task<int> CountOfAsync(HttpClient client, int id) =>
        (await client.GetJsonAsync($"/api/entities/{id}")).GetProperty("mentionCount").GetInt32();

    /// <summary>
    /// For each entity: the mentions the stored articles resolve to it, the entity's count, its per-article counts and
    /// its row in the list agree; an entity no article names any more is gone from both.
    /// </summary>
    private static async Task AssertCountsAsync(HttpClient client, List<int> articles, params int[] ids)
    {
        var list = (await client.GetJsonAsync("/api/entities?q=Quelnirasti&pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        foreach (var id in ids)
        {
            var named = 0;
            foreach (var article in articles)
            {
                var stored = await client.GetJsonAsync($"/api/articles/{article}");
                named += stored.GetProperty("entities").EnumerateArray()
                    .Where(e => e.GetProperty("id").GetInt32() == id)
                    .Sum(e => e.GetProperty("mentions").GetArrayLength());
            }

            var row = list.SingleOrDefault(e => e.GetProperty("id").GetInt32() == id);
            if (named == 0)
            {
                Assert.Equal(JsonValueKind.Undefined, row.ValueKind);
                continue;
            }

            var entity = await client.GetJsonAsync($"/api/entities/{id}");
            Assert.Equal(named, entity.GetProperty("mentionCount").GetInt32());
            Assert.Equal(named, entity.GetProperty("articles").EnumerateArray().Sum(a => a.GetProperty("mentionCount").GetInt32()));
            Assert.Equal(named, row.GetProperty("mentionCount").GetInt32());
        }
    }
}
