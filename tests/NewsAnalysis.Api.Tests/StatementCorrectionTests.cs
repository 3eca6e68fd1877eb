using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Users' corrections of who said a quote and who made a claim: set keeps the words the text names the speaker with,
/// clear removes the speaker whole; lists, articles and entities show it at once, and each is stored as a correction.
/// </summary>
public sealed class StatementCorrectionTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    // The recogniser reads Torvik Quelstamund as a person; the quote has no cue and the numbers have no source.
    private const string Unattributed =
        "\"We will rebuild the bridge before winter.\" The council met on Monday. Mayor Torvik Quelstamund opened the meeting. "
        + "More than 4,500 homes were damaged in the storm.";

    // Sigrun Quelhavard makes the claim and says the quote.
    private const string Attributed = "Sigrun Quelhavard said that the bridge would reopen in May. \"Point 0 matters,\" Quelhavard said.";

    [Fact]
    public async Task SetSpeaker_OfAQuoteTheTextNamesNobodyFor_ShowsTheEntityWithoutAMention()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Council", Unattributed);
        var mayor = CorrectionClient.EntityIdOf(article, "Torvik Quelstamund");
        var quote = Assert.Single(article.GetProperty("quotes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
        var quoteId = quote.GetProperty("id").GetInt32();
        var quoted = (await client.GetJsonAsync($"/api/entities/{mayor}")).GetProperty("quoteCount").GetInt32();

        var set = await (await client.PutAsJsonAsync($"/api/quotes/{quoteId}/speaker", new { entityId = mayor })).OkJsonAsync();

        var speaker = set.GetProperty("quote").GetProperty("speaker");
        Assert.Equal(mayor, speaker.GetProperty("entityId").GetInt32());
        Assert.Equal("Torvik Quelstamund", speaker.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, speaker.GetProperty("mention").ValueKind);
        var correction = set.GetProperty("correction");
        Assert.Equal("SetSpeaker", correction.GetProperty("kind").GetString());
        Assert.Equal(quoteId, correction.GetProperty("quoteId").GetInt32());
        Assert.Equal(mayor, correction.GetProperty("entityId").GetInt32());
        Assert.Equal(JsonValueKind.Null, correction.GetProperty("before").GetProperty("entityId").ValueKind);

        var stored = Assert.Single((await client.GetJsonAsync($"/api/articles/{article.GetProperty("id").GetInt32()}")).GetProperty("quotes").EnumerateArray());
        Assert.Equal(mayor, stored.GetProperty("speaker").GetProperty("entityId").GetInt32());
        var said = await client.GetJsonAsync($"/api/entities/{mayor}/quotes");
        var listed = Assert.Single(said.GetProperty("items").EnumerateArray(), q => q.GetProperty("id").GetInt32() == quoteId);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("speaker").GetProperty("mention").ValueKind);
        Assert.Equal(quoted + 1, (await client.GetJsonAsync($"/api/entities/{mayor}")).GetProperty("quoteCount").GetInt32());
    }

    [Fact]
    public async Task SetSpeaker_KeepsTheWordsNamingTheSpeaker_AndClearSpeaker_LeavesTheQuoteUnattributed()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Bridge", Attributed);
        var sigrun = CorrectionClient.EntityIdOf(article, "Sigrun Quelhavard");
        var other = await client.PersonIdAsync("Ragna Queldahlen");
        var quoteId = Assert.Single(article.GetProperty("quotes").EnumerateArray()).GetProperty("id").GetInt32();
        var quoted = (await client.GetJsonAsync($"/api/entities/{sigrun}")).GetProperty("quoteCount").GetInt32();
        var otherQuoted = (await client.GetJsonAsync($"/api/entities/{other}")).GetProperty("quoteCount").GetInt32();

        var set = await (await client.PutAsJsonAsync($"/api/quotes/{quoteId}/speaker", new { entityId = other })).OkJsonAsync();

        var speaker = set.GetProperty("quote").GetProperty("speaker");
        Assert.Equal(other, speaker.GetProperty("entityId").GetInt32());
        Assert.Equal("Ragna Queldahlen", speaker.GetProperty("name").GetString());
        Assert.Equal("Quelhavard", speaker.GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal(sigrun, set.GetProperty("correction").GetProperty("before").GetProperty("entityId").GetInt32());
        Assert.Equal(quoted - 1, (await client.GetJsonAsync($"/api/entities/{sigrun}")).GetProperty("quoteCount").GetInt32());

        var again = await (await client.PutAsJsonAsync($"/api/quotes/{quoteId}/speaker", new { entityId = other })).OkJsonAsync();
        Assert.Equal(JsonValueKind.Null, again.GetProperty("correction").ValueKind);

        var cleared = await (await client.DeleteAsync($"/api/quotes/{quoteId}/speaker")).OkJsonAsync();

        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("quote").GetProperty("speaker").ValueKind);
        var correction = cleared.GetProperty("correction");
        Assert.Equal("ClearSpeaker", correction.GetProperty("kind").GetString());
        Assert.Equal(other, correction.GetProperty("entityId").GetInt32());
        Assert.Equal("Ragna Queldahlen", correction.GetProperty("before").GetProperty("name").GetString());
        Assert.True(correction.GetProperty("before").GetProperty("start").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, correction.GetProperty("after").GetProperty("start").ValueKind);
        Assert.Equal(otherQuoted, (await client.GetJsonAsync($"/api/entities/{other}")).GetProperty("quoteCount").GetInt32());
        var stored = Assert.Single((await client.GetJsonAsync($"/api/quotes?articleId={article.GetProperty("id").GetInt32()}")).GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("speaker").ValueKind);

        var clearedAgain = await (await client.DeleteAsync($"/api/quotes/{quoteId}/speaker")).OkJsonAsync();
        Assert.Equal(JsonValueKind.Null, clearedAgain.GetProperty("correction").ValueKind);
    }

    [Fact]
    public async Task SetAndClearClaimant_ChangeWhoTheClaimIsBy()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Bridge and council", Attributed + " " + Unattributed);
        var sigrun = CorrectionClient.EntityIdOf(article, "Sigrun Quelhavard");
        var mayor = CorrectionClient.EntityIdOf(article, "Torvik Quelstamund");
        var claims = article.GetProperty("claims").EnumerateArray().ToList();
        var byName = claims.Single(c => c.GetProperty("claimant").ValueKind == JsonValueKind.Object
            && c.GetProperty("claimant").GetProperty("entityId").ValueKind == JsonValueKind.Number).GetProperty("id").GetInt32();
        var numbers = claims.Single(c => c.GetProperty("text").GetString()!.Contains("4,500", StringComparison.Ordinal)).GetProperty("id").GetInt32();

        var set = await (await client.PutAsJsonAsync($"/api/claims/{numbers}/claimant", new { entityId = mayor })).OkJsonAsync();

        var claimant = set.GetProperty("claim").GetProperty("claimant");
        Assert.Equal(mayor, claimant.GetProperty("entityId").GetInt32());
        Assert.Equal("Torvik Quelstamund", claimant.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, claimant.GetProperty("mention").ValueKind);
        Assert.Equal("SetClaimant", set.GetProperty("correction").GetProperty("kind").GetString());
        Assert.Equal(numbers, set.GetProperty("correction").GetProperty("claimId").GetInt32());
        var claimed = await client.GetJsonAsync($"/api/entities/{mayor}/claims?pageSize=100");
        Assert.Contains(claimed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == numbers);

        var cleared = await (await client.DeleteAsync($"/api/claims/{byName}/claimant")).OkJsonAsync();

        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("claim").GetProperty("claimant").ValueKind);
        Assert.Equal("ClearClaimant", cleared.GetProperty("correction").GetProperty("kind").GetString());
        Assert.Equal(sigrun, cleared.GetProperty("correction").GetProperty("entityId").GetInt32());
        var stillClaimed = await client.GetJsonAsync($"/api/entities/{sigrun}/claims?pageSize=100");
        Assert.DoesNotContain(stillClaimed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == byName);
        var stored = (await client.GetJsonAsync($"/api/articles/{article.GetProperty("id").GetInt32()}")).GetProperty("claims").EnumerateArray();
        Assert.Equal(JsonValueKind.Null, stored.Single(c => c.GetProperty("id").GetInt32() == byName).GetProperty("claimant").ValueKind);
    }

    [Fact]
    public async Task UnknownQuoteClaimOrEntity_Is404_AndAMissingEntityId_Is400()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Bridge", Attributed);
        var sigrun = CorrectionClient.EntityIdOf(article, "Sigrun Quelhavard");
        var quoteId = Assert.Single(article.GetProperty("quotes").EnumerateArray()).GetProperty("id").GetInt32();
        var claimId = article.GetProperty("claims").EnumerateArray().First().GetProperty("id").GetInt32();

        var noQuote = await (await client.PutAsJsonAsync("/api/quotes/999999/speaker", new { entityId = sigrun })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Quote not found.", noQuote.GetProperty("title").GetString());
        var noEntity = await (await client.PutAsJsonAsync($"/api/quotes/{quoteId}/speaker", new { entityId = 999_999 })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Entity not found.", noEntity.GetProperty("title").GetString());
        await (await client.DeleteAsync("/api/quotes/999999/speaker")).ProblemAsync(HttpStatusCode.NotFound);
        var noClaim = await (await client.PutAsJsonAsync("/api/claims/999999/claimant", new { entityId = sigrun })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Claim not found.", noClaim.GetProperty("title").GetString());
        await (await client.PutAsJsonAsync($"/api/claims/{claimId}/claimant", new { entityId = 999_999 })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync("/api/claims/999999/claimant")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsync($"/api/quotes/{quoteId}/speaker", new StringContent("{}", Encoding.UTF8, "application/json"))).AssertInvalidAsync("entityId");
        await (await client.PutAsync($"/api/claims/{claimId}/claimant", new StringContent("""{"entityId":"x"}""", Encoding.UTF8, "application/json"))).AssertInvalidAsync("$.entityId");

        var quote = Assert.Single((await client.GetJsonAsync($"/api/articles/{article.GetProperty("id").GetInt32()}")).GetProperty("quotes").EnumerateArray());
        Assert.Equal(sigrun, quote.GetProperty("speaker").GetProperty("entityId").GetInt32());
    }
}
