using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>A claim by a coordinated subject ("The United States, Britain and France") is claimed by each of them.</summary>
public sealed class CoordinatedSpeakerTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private const string Text =
        "Diplomats met on Monday.\n\nThe United States, Britain and France have pointed a finger at the Syrian government, saying it carried out the attack.";

    [Fact]
    public async Task ClaimOfACoordinatedSubject_NamesEveryMember_AndIsListedUnderEach()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Three capitals blame Damascus", Text);
        var articleId = article.GetProperty("id").GetInt32();

        var claims = await client.GetJsonAsync($"/api/claims?articleId={articleId}");
        var claim = claims.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("text").GetString()!.StartsWith("a finger", StringComparison.Ordinal));
        var claimant = claim.GetProperty("claimant");
        Assert.Equal("The United States, Britain and France", claimant.GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, claimant.GetProperty("entityId").ValueKind);
        Assert.Equal(JsonValueKind.Null, claimant.GetProperty("name").ValueKind);
        var members = claimant.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(["United States", "United Kingdom", "France"], members.Select(m => m.GetProperty("name").GetString()));

        foreach (var member in members.Select(m => m.GetProperty("entityId").GetInt32()))
        {
            var listed = await client.GetJsonAsync($"/api/entities/{member}/claims?pageSize=100");
            Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == claim.GetProperty("id").GetInt32());
            var filtered = await client.GetJsonAsync($"/api/claims?claimantId={member}&articleId={articleId}");
            Assert.Contains(filtered.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == claim.GetProperty("id").GetInt32());

            // The entity's count agrees with its list.
            var entity = await client.GetJsonAsync($"/api/entities/{member}");
            Assert.Equal(listed.GetProperty("totalCount").GetInt32(), entity.GetProperty("claimCount").GetInt32());
        }
    }

    [Fact]
    public async Task SpeakerSetByAUser_EndsTheGroup()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Three capitals blame Damascus again", Text);
        var articleId = article.GetProperty("id").GetInt32();
        var claims = await client.GetJsonAsync($"/api/claims?articleId={articleId}");
        var claim = claims.GetProperty("items").EnumerateArray().First(c => c.GetProperty("claimant").TryGetProperty("members", out var m) && m.ValueKind == JsonValueKind.Array);
        var france = claim.GetProperty("claimant").GetProperty("members").EnumerateArray().Last().GetProperty("entityId").GetInt32();

        var response = await client.PutAsJsonAsync($"/api/claims/{claim.GetProperty("id").GetInt32()}/claimant", new { entityId = france });

        var corrected = (await response.OkJsonAsync()).GetProperty("claim").GetProperty("claimant");
        Assert.Equal(france, corrected.GetProperty("entityId").GetInt32());
        Assert.Equal(JsonValueKind.Null, corrected.GetProperty("members").ValueKind);
    }
}
