namespace NewsAnalysis.Api.Tests;

/// <summary>
/// An article search with no other filter is counted and ranked inside the full-text index, and only its page's
/// articles are read (issue 16); it answers what the search joined with the articles answers under a filter that
/// keeps every article.
/// </summary>
public sealed class ArticleSearchPageTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task SearchAlone_RanksAndCountsAsTheSearchWithAFilter()
    {
        var client = factory.CreateClient();
        var marker = "harbour" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 7; i++)
        {
            // The marker more or less often, so that the ranks differ.
            var repeats = string.Join(' ', Enumerable.Repeat(marker, (i % 3) + 1));
            await client.CreateArticleAsync($"Port news {i}", $"The {repeats} reopened on Monday after {i + 2} weeks. Officials said trade would resume.");
        }

        await client.CreateArticleAsync("Elsewhere", "Nothing of note happened in the capital on Monday.");

        var alone = await EntityPageTests.PagesAsync(client, $"/api/articles?q={marker}", 7);
        var filtered = await EntityPageTests.PagesAsync(client, $"/api/articles?q={marker}&from=1900-01-01", 7);
        Assert.Equal(EntityPageTests.Ids(filtered), EntityPageTests.Ids(alone));
        Assert.All(alone, a => Assert.Contains(marker, a.GetProperty("highlight").GetString(), StringComparison.Ordinal));
    }
}
