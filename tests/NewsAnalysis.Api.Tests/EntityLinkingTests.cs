using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Names joined across articles: a surname alone joins the person the corpus makes it stand for, stays apart when
/// the corpus does not settle it, mends a tagger's slip of type, and the entity shows why it was joined. Each test
/// invents a surname of its own, so that the other tests' articles cannot settle it; the names are fixed because the
/// recogniser's reading of an invented name depends on its letters.
/// </summary>
public sealed class EntityLinkingTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private static int EntityIdOf(JsonElement article, string name) =>
        article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

    /// <summary>An article naming the person in full and then by surname <paramref name="times"/> times.</summary>
    private static Task<JsonElement> NameAsync(HttpClient client, string first, string surname, int times)
    {
        var body = $"{first} {surname} arrived in Oslo on Monday." + string.Concat(
            Enumerable.Range(0, times).Select(i => $" \"Point {i} matters,\" {surname} said."));
        return client.CreateArticleAsync($"{first} {surname}", body);
    }

    [Fact]
    public async Task SurnameAlone_JoinsThePersonWhoHoldsMostOfItsMentions_WithTheReasonShown()
    {
        var client = factory.CreateClient();
        const string surname = "Quelmarodi";
        var barack = EntityIdOf(await NameAsync(client, "Barack", surname, 12), $"Barack {surname}");
        await NameAsync(client, "Michelle", surname, 0);

        var later = await client.CreateArticleAsync("Speech", $"\"We will not go back,\" {surname} told the crowd on Friday.");

        Assert.Equal(barack, Assert.Single(later.GetProperty("entities").EnumerateArray()).GetProperty("id").GetInt32());
        var detail = await client.GetJsonAsync($"/api/entities/{barack}");
        var link = Assert.Single(detail.GetProperty("links").EnumerateArray());
        Assert.Equal(surname, link.GetProperty("name").GetString());
        Assert.Equal("Person", link.GetProperty("type").GetString());
        Assert.Contains($"Barack {surname} holds", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SurnameAlone_StaysApart_WhenTheCorpusDoesNotSettleWhoItIs()
    {
        var client = factory.CreateClient();
        const string surname = "Quelfanteri";
        var bill = EntityIdOf(await NameAsync(client, "Bill", surname, 3), $"Bill {surname}");
        var hillary = EntityIdOf(await NameAsync(client, "Hillary", surname, 4), $"Hillary {surname}");

        var later = await client.CreateArticleAsync("Speech", $"\"We will not go back,\" {surname} told the crowd on Friday.");

        var entity = Assert.Single(later.GetProperty("entities").EnumerateArray());
        Assert.Equal(surname, entity.GetProperty("name").GetString());
        Assert.DoesNotContain(entity.GetProperty("id").GetInt32(), new[] { bill, hillary });
        Assert.Empty((await client.GetJsonAsync($"/api/entities/{bill}")).GetProperty("links").EnumerateArray());
        Assert.Empty((await client.GetJsonAsync($"/api/entities/{hillary}")).GetProperty("links").EnumerateArray());
    }

    [Fact]
    public async Task SurnameStoredAloneWhileAmbiguous_YieldsToThePersonTheCorpusLaterMakesItStandFor()
    {
        var client = factory.CreateClient();
        const string surname = "Quelnovari";
        await NameAsync(client, "Bill", surname, 1);
        var hillary = EntityIdOf(await NameAsync(client, "Hillary", surname, 1), $"Hillary {surname}");
        var alone = Assert.Single((await client.CreateArticleAsync("Rally", $"\"We will not go back,\" {surname} told the crowd on Friday."))
            .GetProperty("entities").EnumerateArray()).GetProperty("id").GetInt32();
        Assert.NotEqual(hillary, alone);

        await NameAsync(client, "Hillary", surname, 30);
        var later = await client.CreateArticleAsync("Rally", $"\"We will win,\" {surname} told the crowd on Saturday.");

        Assert.Equal(hillary, Assert.Single(later.GetProperty("entities").EnumerateArray()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task OneWordNameTaggedAsAPlace_IsThePersonItIsTheSurnameOf()
    {
        var client = factory.CreateClient();

        // A fixed name, since the slip is the recogniser's: on this sentence it tags this name a place.
        const string surname = "Quelbaroti";
        var barack = EntityIdOf(await NameAsync(client, "Barack", surname, 6), $"Barack {surname}");

        var later = await client.CreateArticleAsync("Plan", $"The {surname} plan was rejected on Tuesday.");

        var entities = later.GetProperty("entities").EnumerateArray().ToList();
        var entity = Assert.Single(entities, e => e.GetProperty("id").GetInt32() == barack);
        Assert.Equal("Person", entity.GetProperty("type").GetString());
        var link = Assert.Single((await client.GetJsonAsync($"/api/entities/{barack}")).GetProperty("links").EnumerateArray());
        Assert.NotEqual("Person", link.GetProperty("type").GetString());
        Assert.StartsWith("Tagged ", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullNameTaggedAsABody_IsThePersonTheCorpusKnows()
    {
        var client = factory.CreateClient();

        // A fixed name and sentence, since the slip is the recogniser's: on this sentence it tags this name an organisation
        // (after "Supporters of", where the recogniser before 0016 slipped, today's one sees a person).
        const string surname = "Quelvestano";
        var kofi = EntityIdOf(await NameAsync(client, "Kofi", surname, 6), $"Kofi {surname}");

        var later = await client.CreateArticleAsync("Plan", $"Shares of Kofi {surname} rose on Tuesday.");

        var entity = Assert.Single(later.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetInt32() == kofi);
        Assert.Equal("Person", entity.GetProperty("type").GetString());
        var link = Assert.Single((await client.GetJsonAsync($"/api/entities/{kofi}")).GetProperty("links").EnumerateArray());
        Assert.Equal($"Kofi {surname}", link.GetProperty("name").GetString());
        Assert.Contains("as a person", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SurnameInArticlesIngestedAtOnce_JoinsOnePerson_AndTheJoinIsRecordedOnce()
    {
        var client = factory.CreateClient();
        const string surname = "Quelsorvino";
        var barack = EntityIdOf(await NameAsync(client, "Barack", surname, 12), $"Barack {surname}");
        await NameAsync(client, "Michelle", surname, 0);

        var articles = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.CreateArticleAsync($"Speech {i}", $"\"Point {i} is settled,\" {surname} told the crowd on Friday.")));

        Assert.All(articles, a => Assert.Equal(barack, Assert.Single(a.GetProperty("entities").EnumerateArray()).GetProperty("id").GetInt32()));
        Assert.Single((await client.GetJsonAsync($"/api/entities/{barack}")).GetProperty("links").EnumerateArray());
    }

    [Fact]
    public async Task MiddleInitial_DoesNotMakeAnotherPerson()
    {
        var client = factory.CreateClient();
        const string surname = "Quelpadrani";
        var donald = EntityIdOf(await NameAsync(client, "Donald", surname, 1), $"Donald {surname}");

        var later = await client.CreateArticleAsync("Rally", $"Donald J. {surname} spoke in Ohio on Monday.");

        var person = Assert.Single(later.GetProperty("entities").EnumerateArray(), e => e.GetProperty("type").GetString() == "Person");
        Assert.Equal(donald, person.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task PersonAndWhereTheyWorkTaggedAsABody_IsThePerson()
    {
        var client = factory.CreateClient();
        const string surname = "Quelwallani";
        var chris = EntityIdOf(await NameAsync(client, "Chris", surname, 6), $"Chris {surname}");

        var later = await client.CreateArticleAsync("Debate", $"Chris {surname} of Fox News, who will moderate, said nothing.");

        var named = later.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString()!.Contains(surname, StringComparison.Ordinal));
        Assert.Equal(chris, named.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task MiddleName_JoinsThePersonNamedWithoutIt_WithTheReasonShown()
    {
        var client = factory.CreateClient();
        const string surname = "Quelrodanti";
        var hillary = EntityIdOf(await NameAsync(client, "Hillary", surname, 1), $"Hillary {surname}");

        var later = await client.CreateArticleAsync("Rally", $"Hillary Rodham {surname} spoke in Ohio on Monday.");

        var person = Assert.Single(later.GetProperty("entities").EnumerateArray(), e => e.GetProperty("type").GetString() == "Person");
        Assert.Equal(hillary, person.GetProperty("id").GetInt32());
        var link = Assert.Single((await client.GetJsonAsync($"/api/entities/{hillary}")).GetProperty("links").EnumerateArray());
        Assert.Equal($"Hillary Rodham {surname}", link.GetProperty("name").GetString());
        Assert.Contains("differ only in middle names", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameWithoutMiddleNames_StaysApart_WhenTwoPeopleDifferOnlyInThem()
    {
        var client = factory.CreateClient();
        const string surname = "Quelbushara";
        var walker = EntityIdOf(await NameAsync(client, "George Walker", surname, 1), $"George Walker {surname}");
        var herbert = EntityIdOf(await NameAsync(client, "George Herbert", surname, 1), $"George Herbert {surname}");

        var later = await client.CreateArticleAsync("Rally", $"George {surname} spoke in Ohio on Monday.");

        var person = Assert.Single(later.GetProperty("entities").EnumerateArray(), e => e.GetProperty("type").GetString() == "Person");
        Assert.Equal($"George {surname}", person.GetProperty("name").GetString());
        Assert.DoesNotContain(person.GetProperty("id").GetInt32(), new[] { walker, herbert });
    }

    [Fact]
    public async Task NameStoredUnderTwoTypes_IsSettledOnTheDominantOne_AndTheSlipMerged()
    {
        var client = factory.CreateClient();

        // A fixed name, since the slip is the recogniser's: on this sentence it tags this name an organisation.
        const string surname = "Quelnorandi";
        var slip = EntityIdOf(await client.CreateArticleAsync("Rally", $"Shares of Kofi {surname} rose on Tuesday."), $"Kofi {surname}");
        var kofi = EntityIdOf(await NameAsync(client, "Kofi", surname, 6), $"Kofi {surname}");
        Assert.NotEqual(slip, kofi);
        var before = (await client.GetJsonAsync($"/api/entities/{kofi}")).GetProperty("mentionCount").GetInt32();

        var later = await NameAsync(client, "Kofi", surname, 1);

        Assert.Equal(kofi, EntityIdOf(later, $"Kofi {surname}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/entities/{slip}")).StatusCode);
        var detail = await client.GetJsonAsync($"/api/entities/{kofi}");
        Assert.Equal("Person", detail.GetProperty("type").GetString());
        Assert.Equal(before + 3, detail.GetProperty("mentionCount").GetInt32());
        var link = Assert.Single(detail.GetProperty("links").EnumerateArray());
        Assert.Equal("Organization", link.GetProperty("type").GetString());
        // The person's 7 stored name mentions and this article's 2.
        Assert.StartsWith("Tagged an organisation once and a person 9 times", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameStoredUnderTwoTypes_IsSettledByTheArticleThatMakesOneTypeDominant()
    {
        var client = factory.CreateClient();
        const string surname = "Quelnorasti";
        var slip = EntityIdOf(await client.CreateArticleAsync("Rally", $"Shares of Kofi {surname} rose on Tuesday."), $"Kofi {surname}");
        var kofi = EntityIdOf(await NameAsync(client, "Kofi", surname, 3), $"Kofi {surname}");
        Assert.NotEqual(slip, kofi);

        // The person has 4 stored name mentions; this article's fifth makes the type dominant, so it settles the name
        // now rather than at some later article that names the person again.
        var later = await NameAsync(client, "Kofi", surname, 0);

        Assert.Equal(kofi, EntityIdOf(later, $"Kofi {surname}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/entities/{slip}")).StatusCode);
        var link = Assert.Single((await client.GetJsonAsync($"/api/entities/{kofi}")).GetProperty("links").EnumerateArray());
        Assert.StartsWith("Tagged an organisation once and a person 5 times", link.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameStoredUnderTwoTypes_SettledByArticlesIngestedAtOnce_IsMergedOnce()
    {
        var client = factory.CreateClient();
        const string surname = "Quelbrandoni";
        var slip = EntityIdOf(await client.CreateArticleAsync("Rally", $"Shares of Kofi {surname} rose on Tuesday."), $"Kofi {surname}");
        var kofi = EntityIdOf(await NameAsync(client, "Kofi", surname, 6), $"Kofi {surname}");

        var articles = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.CreateArticleAsync(
            $"Speech {i}", $"Kofi {surname} arrived in Oslo on Monday. \"Point {i} is settled,\" {surname} said.")));

        Assert.All(articles, a => Assert.Equal(kofi, EntityIdOf(a, $"Kofi {surname}")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/entities/{slip}")).StatusCode);
        var link = Assert.Single((await client.GetJsonAsync($"/api/entities/{kofi}")).GetProperty("links").EnumerateArray());
        Assert.Equal("Organization", link.GetProperty("type").GetString());
    }

    [Fact]
    public async Task NameStoredUnderTwoTypes_KeepsTheEntityAUserCorrected()
    {
        var client = factory.CreateClient();
        const string surname = "Quelmirasko";
        var slip = EntityIdOf(await client.CreateArticleAsync("Rally", $"Shares of Kofi {surname} rose on Tuesday."), $"Kofi {surname}");
        var kofi = EntityIdOf(await NameAsync(client, "Kofi", surname, 6), $"Kofi {surname}");
        (await client.PatchAsJsonAsync($"/api/entities/{slip}", new { type = "Misc" })).EnsureSuccessStatusCode();

        var later = await NameAsync(client, "Kofi", surname, 1);

        Assert.Equal(kofi, EntityIdOf(later, $"Kofi {surname}"));
        var kept = await client.GetJsonAsync($"/api/entities/{slip}");
        Assert.Equal("Misc", kept.GetProperty("type").GetString());
        Assert.Equal(1, kept.GetProperty("mentionCount").GetInt32());
    }
}
