namespace NewsAnalysis.Api.Tests;

/// <summary>`q` goes through the database's full-text engine: stems, phrases, ranking and highlights.</summary>
public sealed class SearchTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task ArticleSearch_MatchesStems_RanksTitleMatchesFirst_AndHighlights()
    {
        var client = factory.CreateClient();
        var word = ApiClient.Unique("zq");
        await client.CreateArticleAsync($"Harbour {word} reopens", $"The harbour of {word} reopened on Monday after repairs.");
        await client.CreateArticleAsync("Weather report", $"Rain is expected. Fishermen said boats avoided {word} during the storm.");

        var result = await client.GetJsonAsync($"/api/articles?q={word}");
        Assert.Equal(2, result.GetProperty("totalCount").GetInt32());
        var first = result.GetProperty("items")[0];
        Assert.StartsWith("Harbour", first.GetProperty("title").GetString());
        Assert.Contains($"<mark>{word}</mark>", first.GetProperty("highlight").GetString(), StringComparison.OrdinalIgnoreCase);

        // "reopens" in the query finds "reopened" in the text through stemming.
        var stemmed = await client.GetJsonAsync($"/api/articles?q={word} reopens");
        Assert.Equal(1, stemmed.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task PhraseSearch_NeedsTheWordsTogether()
    {
        var client = factory.CreateClient();
        var word = ApiClient.Unique("zp");
        await client.CreateArticleAsync("Phrases one", $"The {word} green valley flooded.");
        await client.CreateArticleAsync("Phrases two", $"The valley was green and {word} was dry.");

        var phrase = await client.GetJsonAsync($"/api/articles?q=\"{word} green valley\"");
        Assert.Equal("Phrases one", Assert.Single(phrase.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        var words = await client.GetJsonAsync($"/api/articles?q={word} green valley");
        Assert.Equal(2, words.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task QuoteAndClaimSearch_HighlightTheirText()
    {
        var client = factory.CreateClient();
        var word = ApiClient.Unique("zc");
        await client.CreateArticleAsync("Statements", $"\"The {word} bridge will open in May\", said Ilse Warden. Officials said that the {word} tunnel cost more than 40 million dollars.");

        var quotes = await client.GetJsonAsync($"/api/quotes?q={word} bridge");
        var quote = Assert.Single(quotes.GetProperty("items").EnumerateArray());
        Assert.Contains($"<mark>{word}</mark>", quote.GetProperty("highlight").GetString(), StringComparison.OrdinalIgnoreCase);

        var claims = await client.GetJsonAsync($"/api/claims?q={word} tunnel");
        var claim = Assert.Single(claims.GetProperty("items").EnumerateArray());
        Assert.Contains("<mark>", claim.GetProperty("highlight").GetString());
    }

    [Fact]
    public async Task Highlights_EscapeTheStoredText_AndMarkOnlyTheMatches()
    {
        var client = factory.CreateClient();
        var word = ApiClient.Unique("zx");
        await client.CreateArticleAsync(
            $"Markup {word}",
            $"\"The {word} <script>alert(1)</script> plan works\", said Ilse Warden. Officials said that the {word} <img src=x onerror=alert(2)> tunnel cost more than 40 million dollars.");

        var highlights = new[]
        {
            (await client.GetJsonAsync($"/api/articles?q={word}")).GetProperty("items")[0].GetProperty("highlight").GetString()!,
            (await client.GetJsonAsync($"/api/quotes?q={word}")).GetProperty("items")[0].GetProperty("highlight").GetString()!,
            (await client.GetJsonAsync($"/api/claims?q={word} tunnel")).GetProperty("items")[0].GetProperty("highlight").GetString()!,
        };

        foreach (var highlight in highlights)
        {
            Assert.Contains($"<mark>{word}</mark>", highlight, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", highlight, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", highlight, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(highlight.Split('<').Length - 1, 2 * (highlight.Split("<mark>").Length - 1));
        }

        Assert.Contains("&lt;script&gt;", highlights[1], StringComparison.Ordinal);
        Assert.Contains("&lt;img", highlights[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("*:^()")]
    [InlineData("-")]
    public async Task QueriesWithSearchSyntax_AreAnsweredNotRejected(string q)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync($"/api/articles?q={Uri.EscapeDataString(q)}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
