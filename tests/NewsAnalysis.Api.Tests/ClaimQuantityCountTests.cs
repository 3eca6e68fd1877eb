namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The claims list filtered by a quantity alone counts its total from the quantities' index (issue 16); the total is
/// that of the claims that have one, as the list with another filter counts it from the claims.
/// </summary>
public sealed class ClaimQuantityCountTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task ClaimsWithAQuantity_CountedFromTheQuantities_AreTheClaimsThatHaveOne()
    {
        var client = factory.CreateClient();
        await client.CreateArticleAsync("Exports", "France said that exports rose 12 percent to $3 billion in 2023. Britain said that the talks would resume.");
        await client.CreateArticleAsync("Imports", "Britain said that imports fell by 4 percent. France said that the port would reopen.");

        var all = await client.GetJsonAsync("/api/claims?pageSize=100");
        var claims = await EntityPageTests.PagesAsync(client, "/api/claims", all.GetProperty("totalCount").GetInt32());
        var withQuantity = claims.Where(c => c.GetProperty("quantities").GetArrayLength() > 0).Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(withQuantity);
        Assert.True(withQuantity.Count < claims.Count);

        // The list with the filter alone takes its total from the quantities; with another filter, from the claims.
        var listed = await EntityPageTests.PagesAsync(client, "/api/claims?hasQuantity=true&sort=checkworthiness", withQuantity.Count);
        Assert.Equal(withQuantity.Order(), EntityPageTests.Ids(listed).Order());
        Assert.Equal(withQuantity.Count, (await client.GetJsonAsync("/api/claims?hasQuantity=true&from=1900-01-01")).GetProperty("totalCount").GetInt32());
    }
}
