using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Users' corrections of entities: merge, rename and retype, split. Each changes what every query answers at once, is
/// stored as a correction, and holds for articles posted later. Every test invents surnames of its own; the names are
/// fixed because the recogniser's reading of an invented name depends on its letters (each was checked with the CLI's
/// analyze command to be read as a person in these sentences).
/// </summary>
public sealed class EntityCorrectionTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task Merge_MovesMentionsQuotesAndClaims_DeletesTheSource_AndLaterArticlesNamingItJoinTheTarget()
    {
        var client = factory.CreateClient();
        var talvo = await client.PersonIdAsync("Talvo Quelnirasti");
        var article = await client.CreateArticleAsync(
            "Bridge", "Talvi Quelnirasti said that the bridge would reopen in May. \"Point 0 matters,\" Quelnirasti said.");
        var talvi = CorrectionClient.EntityIdOf(article, "Talvi Quelnirasti");
        var articleId = article.GetProperty("id").GetInt32();
        var before = await client.GetJsonAsync($"/api/entities/{talvo}");

        var merged = await (await client.MergeAsync(talvi, talvo)).OkJsonAsync();

        var entity = merged.GetProperty("entity");
        Assert.Equal(talvo, entity.GetProperty("id").GetInt32());
        Assert.Equal(before.GetProperty("mentionCount").GetInt32() + 2, entity.GetProperty("mentionCount").GetInt32());
        Assert.Contains("Talvi Quelnirasti", CorrectionClient.Aliases(entity));
        var correction = merged.GetProperty("correction");
        Assert.Equal("Merge", correction.GetProperty("kind").GetString());
        Assert.Equal(talvi, correction.GetProperty("entityId").GetInt32());
        Assert.Equal(talvo, correction.GetProperty("targetEntityId").GetInt32());
        Assert.Equal("Talvi Quelnirasti", correction.GetProperty("before").GetProperty("name").GetString());
        Assert.Equal(2, correction.GetProperty("after").GetProperty("mentions").GetInt32());
        Assert.Equal(1, correction.GetProperty("after").GetProperty("claims").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/entities/{talvi}")).StatusCode);

        // The stored article reads the target with the target's name as its speaker and claimant.
        var stored = await client.GetJsonAsync($"/api/articles/{articleId}");
        Assert.Equal(talvo, Assert.Single(stored.GetProperty("entities").EnumerateArray()).GetProperty("id").GetInt32());
        var claim = stored.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("claimant").ValueKind == JsonValueKind.Object);
        Assert.Equal(talvo, claim.GetProperty("claimant").GetProperty("entityId").GetInt32());
        Assert.Equal("Talvo Quelnirasti", claim.GetProperty("claimant").GetProperty("name").GetString());
        Assert.Equal("Talvi Quelnirasti", claim.GetProperty("claimant").GetProperty("mention").GetProperty("text").GetString());
        var quotes = await client.GetJsonAsync($"/api/entities/{talvo}/quotes");
        Assert.Contains(quotes.GetProperty("items").EnumerateArray(), q => q.GetProperty("article").GetProperty("id").GetInt32() == articleId
            && q.GetProperty("speaker").GetProperty("name").GetString() == "Talvo Quelnirasti");

        var link = Assert.Single((await client.GetJsonAsync($"/api/entities/{talvo}")).GetProperty("links").EnumerateArray());
        Assert.Equal("Talvi Quelnirasti", link.GetProperty("name").GetString());
        Assert.Equal("Person", link.GetProperty("type").GetString());
        Assert.Contains($"correction {correction.GetProperty("id").GetInt32()}", link.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var later = await client.CreateArticleAsync("Bergen", "Talvi Quelnirasti spoke in Bergen on Tuesday.");
        Assert.Equal(talvo, CorrectionClient.EntityIdOf(later, "Talvo Quelnirasti"));
    }

    [Fact]
    public async Task Merge_OfANameAlreadyLinkedElsewhere_PointsThatLinkAtTheTarget()
    {
        var client = factory.CreateClient();

        // Talva is renamed Talvu: the name Talva is then linked to that entity. Another entity is renamed Talva.
        var talvu = await client.PersonIdAsync("Talva Quelmerno");
        await (await client.PatchEntityAsync(talvu, new { name = "Talvu Quelmerno" })).OkJsonAsync();
        var talva = await client.PersonIdAsync("Talvo Quelmerno");
        await (await client.PatchEntityAsync(talva, new { name = "Talva Quelmerno" })).OkJsonAsync();
        var ingrid = await client.PersonIdAsync("Ingrid Quelmerno");

        var merged = await (await client.MergeAsync(talva, ingrid)).OkJsonAsync();

        var links = merged.GetProperty("entity").GetProperty("links").EnumerateArray().ToList();
        var link = Assert.Single(links, l => l.GetProperty("name").GetString() == "Talva Quelmerno");
        Assert.Contains($"correction {merged.GetProperty("correction").GetProperty("id").GetInt32()}", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(links, l => l.GetProperty("name").GetString() == "Talvo Quelmerno");
        Assert.DoesNotContain(
            (await client.GetJsonAsync($"/api/entities/{talvu}")).GetProperty("links").EnumerateArray(),
            l => l.GetProperty("name").GetString() == "Talva Quelmerno");
        var later = await client.CreateArticleAsync("Bergen", "Talva Quelmerno spoke in Bergen on Tuesday.");
        Assert.Equal(ingrid, CorrectionClient.EntityIdOf(later, "Ingrid Quelmerno"));
    }

    [Fact]
    public async Task Merge_IntoItself_Is409_AndUnknownIds_Are404()
    {
        var client = factory.CreateClient();
        var id = await client.PersonIdAsync("Ragna Queldahlen");

        var self = await (await client.MergeAsync(id, id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("itself", self.GetProperty("title").GetString(), StringComparison.Ordinal);
        var unknownTarget = await (await client.MergeAsync(id, 999_999)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("999999", unknownTarget.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var unknownSource = await (await client.MergeAsync(999_998, id)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("999998", unknownSource.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await client.PostAsync($"/api/entities/{id}/merge", Json("{}"))).AssertInvalidAsync("into");

        var entity = await client.GetJsonAsync($"/api/entities/{id}");
        Assert.Equal("Ragna Queldahlen", entity.GetProperty("name").GetString());
        Assert.Empty(entity.GetProperty("links").EnumerateArray());
    }

    [Fact]
    public async Task Rename_ChangesTheNameEverywhere_AndArticlesNamingTheOldNameStillJoinIt()
    {
        var client = factory.CreateClient();
        var article = await client.NamePersonAsync("Marit Quelvandoro");
        var id = CorrectionClient.EntityIdOf(article, "Marit Quelvandoro");

        var renamed = await (await client.PatchEntityAsync(id, new { name = "  Maret   Quelvandoro " })).OkJsonAsync();

        Assert.Equal("Maret Quelvandoro", renamed.GetProperty("entity").GetProperty("name").GetString());
        var correction = renamed.GetProperty("correction");
        Assert.Equal("Rename", correction.GetProperty("kind").GetString());
        Assert.Equal(id, correction.GetProperty("entityId").GetInt32());
        Assert.Equal("Marit Quelvandoro", correction.GetProperty("before").GetProperty("name").GetString());
        Assert.Equal("Maret Quelvandoro", correction.GetProperty("after").GetProperty("name").GetString());
        var stored = await client.GetJsonAsync($"/api/articles/{article.GetProperty("id").GetInt32()}");
        Assert.Equal("Maret Quelvandoro", stored.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == id).GetProperty("name").GetString());
        var quote = Assert.Single(stored.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Maret Quelvandoro", quote.GetProperty("speaker").GetProperty("name").GetString());
        var listed = await client.GetJsonAsync("/api/entities?q=Maret%20Quelvandoro");
        Assert.Equal(id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        var link = Assert.Single(renamed.GetProperty("entity").GetProperty("links").EnumerateArray());
        Assert.Equal("Marit Quelvandoro", link.GetProperty("name").GetString());
        Assert.Contains($"correction {correction.GetProperty("id").GetInt32()}", link.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var oldName = await client.CreateArticleAsync("Bergen", "Marit Quelvandoro spoke in Bergen on Tuesday.");
        Assert.Equal(id, CorrectionClient.EntityIdOf(oldName, "Maret Quelvandoro"));
        var newName = await client.CreateArticleAsync("Bergen", "Maret Quelvandoro spoke in Bergen on Tuesday.");
        Assert.Equal(id, CorrectionClient.EntityIdOf(newName, "Maret Quelvandoro"));

        var unchanged = await (await client.PatchEntityAsync(id, new { name = "Maret Quelvandoro", type = "person" })).OkJsonAsync();
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("correction").ValueKind);
    }

    [Fact]
    public async Task Retype_ChangesTheType_AndArticlesTaggingTheOldTypeStillJoinIt()
    {
        var client = factory.CreateClient();
        var id = await client.PersonIdAsync("Brage Quelfossen");

        var retyped = await (await client.PatchEntityAsync(id, new { type = "Organization" })).OkJsonAsync();

        Assert.Equal("Organization", retyped.GetProperty("entity").GetProperty("type").GetString());
        Assert.Equal("Brage Quelfossen", retyped.GetProperty("entity").GetProperty("name").GetString());
        var correction = retyped.GetProperty("correction");
        Assert.Equal("Retype", correction.GetProperty("kind").GetString());
        Assert.Equal("Person", correction.GetProperty("before").GetProperty("type").GetString());
        Assert.Equal("Organization", correction.GetProperty("after").GetProperty("type").GetString());
        var link = Assert.Single(retyped.GetProperty("entity").GetProperty("links").EnumerateArray());
        Assert.Equal("Person", link.GetProperty("type").GetString());

        var later = await client.CreateArticleAsync("Bergen", "Brage Quelfossen spoke in Bergen on Tuesday.");
        var entity = later.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == id);
        Assert.Equal("Organization", entity.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Rename_ToTheNameAndTypeOfAnotherEntity_Is409NamingIt_AndChangesNothing()
    {
        var client = factory.CreateClient();
        var oskar = await client.PersonIdAsync("Oskar Quelpetrin");
        var oskara = await client.PersonIdAsync("Oskara Quelpetrin");

        var problem = await (await client.PatchEntityAsync(oskar, new { name = "Oskara Quelpetrin" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(oskara, problem.GetProperty("existingEntityId").GetInt32());
        Assert.Contains($"/api/entities/{oskar}/merge", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var entity = await client.GetJsonAsync($"/api/entities/{oskar}");
        Assert.Equal("Oskar Quelpetrin", entity.GetProperty("name").GetString());
        Assert.Empty(entity.GetProperty("links").EnumerateArray());

        // The same name as another type is another key, and allowed.
        var retyped = await (await client.PatchEntityAsync(oskar, new { name = "Oskara Quelpetrin", type = "Misc" })).OkJsonAsync();
        Assert.Equal("Rename", retyped.GetProperty("correction").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PatchEntityAsync(999_999, new { name = "Nobody" })).StatusCode);
    }

    public static TheoryData<string, string> BadUpdates => new()
    {
        { """{}""", "name" },
        { """{"name":""}""", "name" },
        { """{"name":"   "}""", "name" },
        { """{"name":"LONG"}""", "name" },
        { """{"name":"Two\nLines"}""", "name" },
        { """{"type":"Planet"}""", "type" },
        { """{"type":"1"}""", "type" },
        { """{"name":42}""", "$.name" },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task Update_WithABadNameOrType_Is400NamingTheField_AndChangesNothing(string json, string field)
    {
        var client = factory.CreateClient();
        var id = await client.PersonIdAsync("Sindre Quelbakken");

        var response = await client.PatchAsync($"/api/entities/{id}", Json(json.Replace("LONG", new string('a', 301), StringComparison.Ordinal)));

        await response.AssertInvalidAsync(field);
        var entity = await client.GetJsonAsync($"/api/entities/{id}");
        Assert.Equal("Sindre Quelbakken", entity.GetProperty("name").GetString());
        Assert.Equal("Person", entity.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Split_MovesTheAliasAndItsQuotesToItsOwnEntity_AndLaterArticlesNamingTheAliasJoinIt()
    {
        var client = factory.CreateClient();
        const string surname = "Quelmirosta";
        var body = $"Barack {surname} arrived in Oslo on Monday."
            + string.Concat(Enumerable.Range(0, 12).Select(i => $" \"Point {i} matters,\" {surname} said."));
        var barack = CorrectionClient.EntityIdOf(await client.CreateArticleAsync($"Barack {surname}", body), $"Barack {surname}");

        // The linker joins the surname alone to Barack, the only person with that surname, and records the link. Barack
        // stays the only one, so only the split's link keeps the linker from giving the surname back to him later.
        var joined = await client.CreateArticleAsync("Speech", $"\"We will not go back,\" {surname} told the crowd on Friday.");
        Assert.Equal(barack, Assert.Single(joined.GetProperty("entities").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Single((await client.GetJsonAsync($"/api/entities/{barack}")).GetProperty("links").EnumerateArray());

        var split = await (await client.SplitAsync(barack, surname)).OkJsonAsync();

        var entity = split.GetProperty("entity");
        var alias = entity.GetProperty("id").GetInt32();
        Assert.NotEqual(barack, alias);
        Assert.Equal(surname, entity.GetProperty("name").GetString());
        Assert.Equal("Person", entity.GetProperty("type").GetString());
        Assert.Equal(13, entity.GetProperty("mentionCount").GetInt32());
        Assert.Equal(13, entity.GetProperty("quoteCount").GetInt32());
        var correction = split.GetProperty("correction");
        Assert.Equal("Split", correction.GetProperty("kind").GetString());
        Assert.Equal(barack, correction.GetProperty("entityId").GetInt32());
        Assert.Equal(alias, correction.GetProperty("targetEntityId").GetInt32());
        Assert.True(correction.GetProperty("after").GetProperty("created").GetBoolean());
        var link = Assert.Single(entity.GetProperty("links").EnumerateArray());
        Assert.Equal(surname, link.GetProperty("name").GetString());
        Assert.Contains($"correction {correction.GetProperty("id").GetInt32()}", link.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var rest = await client.GetJsonAsync($"/api/entities/{barack}");
        Assert.Equal(1, rest.GetProperty("mentionCount").GetInt32());
        Assert.Equal(0, rest.GetProperty("quoteCount").GetInt32());
        Assert.DoesNotContain(surname, CorrectionClient.Aliases(rest));
        Assert.Empty(rest.GetProperty("links").EnumerateArray());
        var quote = Assert.Single((await client.GetJsonAsync($"/api/articles/{joined.GetProperty("id").GetInt32()}")).GetProperty("quotes").EnumerateArray());
        Assert.Equal(alias, quote.GetProperty("speaker").GetProperty("entityId").GetInt32());
        Assert.Equal(surname, quote.GetProperty("speaker").GetProperty("name").GetString());

        var later = await client.CreateArticleAsync("Speech", $"\"We will go on,\" {surname} told the crowd on Saturday.");
        Assert.Equal(alias, Assert.Single(later.GetProperty("entities").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Equal(barack, await client.PersonIdAsync($"Barack {surname}"));
    }

    [Fact]
    public async Task Split_OfTheOwnName_OrOfANameNeverUsed_Is409_AndOfAnUnknownEntity_Is404()
    {
        var client = factory.CreateClient();
        var id = await client.PersonIdAsync("Tora Quellunde");

        var own = await (await client.SplitAsync(id, "Tora Quellunde")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("own name", own.GetProperty("title").GetString(), StringComparison.Ordinal);
        var never = await (await client.SplitAsync(id, "Toralf")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Toralf", never.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await client.SplitAsync(999_999, "Quellunde")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.SplitAsync(id, " ")).AssertInvalidAsync("alias");
        await (await client.SplitAsync(id, new string('a', 301))).AssertInvalidAsync("alias");

        var entity = await client.GetJsonAsync($"/api/entities/{id}");
        Assert.Equal(2, entity.GetProperty("mentionCount").GetInt32());
        Assert.Contains("Quellunde", CorrectionClient.Aliases(entity));
    }

    [Fact]
    public async Task Corrections_AreListedNewestFirst_WithWhatTheyChanged()
    {
        var client = factory.CreateClient();
        var id = await client.PersonIdAsync("Vidar Quelmoen");
        var first = (await (await client.PatchEntityAsync(id, new { name = "Vidar Quelmoen Jr" })).OkJsonAsync()).GetProperty("correction").GetProperty("id").GetInt32();
        var second = (await (await client.PatchEntityAsync(id, new { type = "Misc" })).OkJsonAsync()).GetProperty("correction").GetProperty("id").GetInt32();

        var list = await client.GetJsonAsync("/api/corrections?page=1&pageSize=100");

        var ids = list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.True(ids.IndexOf(second) >= 0 && ids.IndexOf(second) < ids.IndexOf(first), string.Join(",", ids));
        Assert.True(list.GetProperty("totalCount").GetInt32() >= 2);
        Assert.Equal(100, list.GetProperty("pageSize").GetInt32());
        var rename = await client.CorrectionAsync(first);
        Assert.Equal("Rename", rename.GetProperty("kind").GetString());
        Assert.Equal(id, rename.GetProperty("entityId").GetInt32());
        Assert.Equal("Vidar Quelmoen", rename.GetProperty("before").GetProperty("name").GetString());
        Assert.Equal("Vidar Quelmoen Jr", rename.GetProperty("after").GetProperty("name").GetString());
        Assert.EndsWith("Z", rename.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        var retype = await client.CorrectionAsync(second);
        Assert.Equal("Retype", retype.GetProperty("kind").GetString());
        Assert.Equal("Misc", retype.GetProperty("after").GetProperty("type").GetString());

        var onePage = await client.GetJsonAsync("/api/corrections?page=1&pageSize=1");
        Assert.Equal(second, Assert.Single(onePage.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        await (await client.GetAsync("/api/corrections?pageSize=0")).AssertInvalidAsync("pageSize");
    }

    [Fact]
    public async Task Swagger_DescribesTheCorrections_WithTheirAnswersAndExamples()
    {
        var document = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths");

        var merge = paths.GetProperty("/api/entities/{id}/merge").GetProperty("post");
        Assert.Equal(["200", "400", "401", "403", "404", "409", "429"], merge.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Equal(2, merge.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("into").GetInt32());
        var patch = paths.GetProperty("/api/entities/{id}").GetProperty("patch");
        Assert.Equal(["200", "400", "401", "403", "404", "409", "429"], patch.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Equal(["200", "400", "401", "403", "404", "409", "429"], paths.GetProperty("/api/entities/{id}/split").GetProperty("post").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Equal(["200", "400", "401", "403", "404", "429"], paths.GetProperty("/api/quotes/{id}/speaker").GetProperty("put").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Equal(["200", "401", "403", "404", "429"], paths.GetProperty("/api/claims/{id}/claimant").GetProperty("delete").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.True(paths.GetProperty("/api/corrections").TryGetProperty("get", out _));
        var article = paths.GetProperty("/api/articles").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        Assert.True(article.GetProperty("example").TryGetProperty("body", out _));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
