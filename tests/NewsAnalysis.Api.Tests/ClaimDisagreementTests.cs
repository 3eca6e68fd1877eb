using System.Net;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>`GET /api/claims/disagreements`: claims of different articles about the same thing that cannot both be right.</summary>
public sealed class ClaimDisagreementTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task DifferentDeathTolls_InTwoArticles_AreANumbersDisagreement_AndCompatibleTollsAreNot()
    {
        var client = factory.CreateClient();
        var place = ApiClient.Unique("zd");
        var first = await client.CreateArticleAsync("Strike toll", $"Syrian state media said that the missile strike on the {place} air base killed 89 people.");
        var second = await client.CreateArticleAsync("Strike toll disputed",
            $"Activists said the missile strike on the {place} air base killed 20 people. Monitors said the missile strike on the {place} air base killed more than 80 people.");

        var result = await client.GetJsonAsync($"/api/claims/disagreements?q={place} strike");

        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, result.GetProperty("totalCount").GetInt32());
        Assert.All(items, item => Assert.Equal("numbers", item.GetProperty("kind").GetString()));
        var acrossArticles = Assert.Single(items, item => item.GetProperty("reason").GetString() == "killed: 89 people vs 20 people");
        Assert.Equal([Id(first), Id(second)], ArticleIds(acrossArticles));
        var claim = acrossArticles.GetProperty("claims")[0];
        Assert.Equal("Syrian state media", claim.GetProperty("claimant").GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal(89, claim.GetProperty("quantities")[0].GetProperty("value").GetDouble());
        Assert.True(claim.GetProperty("checkWorthiness").GetDouble() is >= 0 and <= 1);
        Assert.Contains(items, item => item.GetProperty("reason").GetString() == "killed: 20 people vs more than 80 people");
        // "89" and "more than 80" can both be true: no item pairs them.
        Assert.DoesNotContain(items, item => item.GetProperty("reason").GetString()!.Contains("89 people vs more than 80", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DenialAndAssertion_ByDifferentClaimants_AreAPolarityDisagreement()
    {
        var client = factory.CreateClient();
        var place = ApiClient.Unique("zd");
        var moscow = await client.CreateArticleAsync("Moscow denies",
            $"Russian Defence Ministry spokesman Igor Konashenkov denied that the Syrian army used chemical weapons in {place}.");
        var washington = await client.CreateArticleAsync("Washington accuses",
            $"US Secretary of State Rex Tillerson said that the Syrian army used chemical weapons in {place}.");

        var result = await client.GetJsonAsync($"/api/claims/disagreements?q={place} chemical weapons");

        var item = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal("polarity", item.GetProperty("kind").GetString());
        Assert.StartsWith("Igor Konashenkov denied vs ", item.GetProperty("reason").GetString());
        Assert.EndsWith(" said", item.GetProperty("reason").GetString());
        Assert.Equal([Id(moscow), Id(washington)], ArticleIds(item));
        Assert.Contains("chemical", item.GetProperty("sharedWords").EnumerateArray().Select(w => w.GetString()));

        var ofWashington = await client.GetJsonAsync($"/api/claims/disagreements?q={place} chemical weapons&articleId={Id(washington)}");
        Assert.Equal(1, ofWashington.GetProperty("totalCount").GetInt32());
        var elsewhere = await client.GetJsonAsync($"/api/claims/disagreements?q={place} chemical weapons&from=2030-01-01T00:00:00Z");
        Assert.Equal(0, elsewhere.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("?q=", "q")]
    [InlineData("?q=%20%20", "q")]
    [InlineData("?q=LONG", "q")]
    [InlineData("?q=strike&page=0", "page")]
    [InlineData("?q=strike&pageSize=101", "pageSize")]
    [InlineData("?q=strike&from=2020-01-02T00:00:00Z&to=2020-01-01T00:00:00Z", "to")]
    [InlineData("?q=strike&articleId=abc", "articleId")]
    public async Task BadQuery_Is400ProblemNamingTheField(string queryString, string field)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/api/claims/disagreements" + queryString.Replace("LONG", new string('x', 201), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*:^()")]
    [InlineData("-")]
    public async Task QueryWithoutSearchableWords_IsAnsweredEmpty(string q)
    {
        var client = factory.CreateClient();
        var result = await client.GetJsonAsync($"/api/claims/disagreements?q={Uri.EscapeDataString(q)}");
        Assert.Equal(0, result.GetProperty("items").GetArrayLength());
    }

    private static int Id(JsonElement article) => article.GetProperty("id").GetInt32();

    private static int[] ArticleIds(JsonElement disagreement) =>
        [.. disagreement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("article").GetProperty("id").GetInt32())];
}
