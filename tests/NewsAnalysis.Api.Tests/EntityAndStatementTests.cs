using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>Corpus-wide entities and what they said and claimed across articles.</summary>
public sealed class EntityAndStatementTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private static int EntityIdOf(JsonElement article, string name) =>
        article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

    [Fact]
    public async Task SurnameInALaterArticle_LinksToTheSamePerson_AndGathersTheirQuotes()
    {
        var client = factory.CreateClient();
        var first = await client.CreateArticleAsync("Visit", "Foreign Minister Talvo Brannick arrived in Oslo. \"We came to listen\", Brannick said.");
        var second = await client.CreateArticleAsync("Talks", "\"The talks went well\", Brannick told reporters on Friday.");

        var id = EntityIdOf(first, "Talvo Brannick");
        Assert.Equal(id, EntityIdOf(second, "Talvo Brannick"));

        var quotes = await client.GetJsonAsync($"/api/entities/{id}/quotes");
        Assert.Equal(2, quotes.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            ["The talks went well", "We came to listen"],
            quotes.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).Order().ToArray());

        var entity = await client.GetJsonAsync($"/api/entities/{id}");
        Assert.Equal(2, entity.GetProperty("articleCount").GetInt32());
        Assert.Equal(2, entity.GetProperty("quoteCount").GetInt32());
        Assert.Contains("Brannick", entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(entity.GetProperty("appearsWith").EnumerateArray(), e => e.GetProperty("name").GetString() == "Oslo");
    }

    [Fact]
    public async Task FullNameLater_UpgradesASurnameOnlyPerson()
    {
        var client = factory.CreateClient();
        var first = await client.CreateArticleAsync("Brief", "Yelvington said the plan was sound.");
        var second = await client.CreateArticleAsync("Profile", "Senator Amara Yelvington said the vote would pass.");

        var id = EntityIdOf(second, "Amara Yelvington");
        Assert.Equal(id, first.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("mentions")[0].GetProperty("text").GetString() == "Yelvington").GetProperty("id").GetInt32());
        var entity = await client.GetJsonAsync($"/api/entities/{id}");
        Assert.Equal("Amara Yelvington", entity.GetProperty("name").GetString());
        Assert.Equal(2, entity.GetProperty("articleCount").GetInt32());
    }

    [Fact]
    public async Task EntityList_FiltersByTypeAndName()
    {
        var client = factory.CreateClient();
        await client.CreateArticleAsync("Trade", "Ministers from Portugal met Corvin Hadley in Lisbon.");

        var people = await client.GetJsonAsync("/api/entities?q=corvin&type=Person");
        var person = Assert.Single(people.GetProperty("items").EnumerateArray());
        Assert.Equal("Corvin Hadley", person.GetProperty("name").GetString());
        Assert.Equal("Person", person.GetProperty("type").GetString());

        var places = await client.GetJsonAsync("/api/entities?q=corvin&type=Location");
        Assert.Equal(0, places.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task EntityList_ByMentions_PagesInOrder_WithEachRowsCounts()
    {
        var client = factory.CreateClient();
        await client.CreateArticleAsync("Harbour", "Mayor Quillon Ardavy opened the harbour. \"It is ours\", Ardavy said. Ardavy thanked Petra Quillonet.");
        await client.CreateArticleAsync("Harbour again", "Quillon Ardavy spoke again on Monday.");

        var first = await client.GetJsonAsync("/api/entities?q=quillon&type=Person&sort=mentions&pageSize=1&page=1");
        var second = await client.GetJsonAsync("/api/entities?q=quillon&type=Person&sort=mentions&pageSize=1&page=2");

        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        var top = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal("Quillon Ardavy", top.GetProperty("name").GetString());
        Assert.Equal(4, top.GetProperty("mentionCount").GetInt32());
        Assert.Equal(2, top.GetProperty("articleCount").GetInt32());
        Assert.Equal(1, top.GetProperty("quoteCount").GetInt32());
        Assert.Contains("Ardavy", top.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var next = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal("Petra Quillonet", next.GetProperty("name").GetString());
        Assert.Equal(1, next.GetProperty("mentionCount").GetInt32());
    }

    [Fact]
    public async Task Claims_ByCheckWorthiness_AreInDescendingScoreOrder()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("worth");
        var article = await client.CreateArticleAsync(marker, $"The {marker} agency said unemployment rose by 3.2 percent last year. " +
            "Officials said the weather was nice. The minister said that taxes on 40,000 families would double. A spokesman said he liked tea.");
        var articleId = article.GetProperty("id").GetInt32();

        var listed = await client.GetJsonAsync($"/api/claims?articleId={articleId}&sort=checkworthiness");
        var scores = listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("checkWorthiness").GetDouble()).ToArray();
        Assert.True(scores.Length >= 2, $"expected several claims, got {scores.Length}");
        Assert.Equal(scores.OrderDescending().ToArray(), scores);
        var withNumbers = await client.GetJsonAsync($"/api/claims?articleId={articleId}&sort=checkworthiness&hasQuantity=true");
        Assert.All(withNumbers.GetProperty("items").EnumerateArray(), c => Assert.NotEmpty(c.GetProperty("quantities").EnumerateArray()));
    }

    [Fact]
    public async Task Claims_FilterByQuantityAndClaimant()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("claim");
        var article = await client.CreateArticleAsync(marker, $"The ministry of {marker} said that more than 4,500 homes were damaged. Officials said the roads were closed.");
        var articleId = article.GetProperty("id").GetInt32();

        var withNumbers = await client.GetJsonAsync($"/api/claims?articleId={articleId}&hasQuantity=true");
        var claim = Assert.Single(withNumbers.GetProperty("items").EnumerateArray());
        var quantity = Assert.Single(claim.GetProperty("quantities").EnumerateArray());
        Assert.Equal(4500, quantity.GetProperty("value").GetDouble());
        Assert.Equal("homes", quantity.GetProperty("unit").GetString());
        Assert.Equal("more than", quantity.GetProperty("approximation").GetString());
        Assert.Equal(articleId, claim.GetProperty("article").GetProperty("id").GetInt32());

        var withoutNumbers = await client.GetJsonAsync($"/api/claims?articleId={articleId}&hasQuantity=false");
        var other = Assert.Single(withoutNumbers.GetProperty("items").EnumerateArray());
        Assert.Equal("the roads were closed", other.GetProperty("text").GetString());
        // A description that names nobody: no entity and no name, only the words.
        var claimant = other.GetProperty("claimant");
        Assert.Equal("Officials", claimant.GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, claimant.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, claimant.GetProperty("entityId").ValueKind);
    }

    [Fact]
    public async Task PronounSpeaker_CarriesTheResolvedPerson_AndTheArticleListsThePronounAsTheirMention()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync(
            "Harbour", "Harbour master Orla Wendtby met the council on Monday. \"We will reopen in May,\" she said.");
        var wendtby = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Orla Wendtby");

        var speaker = Assert.Single(article.GetProperty("quotes").EnumerateArray()).GetProperty("speaker");
        Assert.Equal("she", speaker.GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal("Orla Wendtby", speaker.GetProperty("name").GetString());
        Assert.Equal(wendtby.GetProperty("id").GetInt32(), speaker.GetProperty("entityId").GetInt32());

        var mentions = wendtby.GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("kind").GetString())).ToList();
        Assert.Equal([("Orla Wendtby", "name"), ("she", "pronoun")], mentions);

        // The pronoun is a mention, not a name: it is no alias, and searching entities for it finds nothing new.
        var detail = await client.GetJsonAsync($"/api/entities/{wendtby.GetProperty("id").GetInt32()}");
        Assert.DoesNotContain("she", detail.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task UnresolvedPronounSpeaker_HasNoEntityAndNoName_ButKeepsItsWords()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Harbour", "\"We will reopen the harbour in May,\" he said on Monday.");

        var speaker = Assert.Single(article.GetProperty("quotes").EnumerateArray()).GetProperty("speaker");
        Assert.Equal("he", speaker.GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, speaker.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, speaker.GetProperty("entityId").ValueKind);
        Assert.Empty(article.GetProperty("entities").EnumerateArray());
    }

    [Fact]
    public async Task Quotes_FilterBySpeakerAndWords()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("q");
        var article = await client.CreateArticleAsync("Quotes", $"\"{marker} matters\", said Idris Pellow. \"Nothing else\", Maya Strand said.");
        var pellow = EntityIdOf(article, "Idris Pellow");

        var bySpeaker = await client.GetJsonAsync($"/api/quotes?speakerId={pellow}");
        var quote = Assert.Single(bySpeaker.GetProperty("items").EnumerateArray());
        Assert.Equal($"{marker} matters", quote.GetProperty("text").GetString());
        Assert.Equal("Idris Pellow", quote.GetProperty("speaker").GetProperty("name").GetString());

        var byWords = await client.GetJsonAsync($"/api/quotes?q={marker}");
        Assert.Equal(1, byWords.GetProperty("totalCount").GetInt32());
    }
}
