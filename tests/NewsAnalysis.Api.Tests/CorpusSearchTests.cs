using System.Text.Json;
using Xunit.Abstractions;

namespace NewsAnalysis.Api.Tests;

/// <summary>Full-text search over a real corpus: PolNeAR's 840 training articles, ingested through the API.</summary>
public sealed class CorpusSearchTests(CorpusSearchFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusSearchFixture>
{
    private async Task<JsonElement?> SearchAsync(string path)
    {
        Assert.True(corpus.Loaded, "the corpus was not ingested");
        return await corpus.Factory.CreateClient().GetJsonAsync(path);
    }

    [EvalDataFact("polnear/train/text")]
    public async Task EveryArticle_WasIngested()
    {
        if (await SearchAsync("/api/articles?pageSize=1") is not { } all)
        {
            return;
        }

        Assert.True(corpus.Articles == 840, string.Join(Environment.NewLine, corpus.Rejected));
        Assert.Equal(840, all.GetProperty("totalCount").GetInt32());
    }

    [EvalDataFact("polnear/train/text")]
    public async Task Phrase_FindsFewerArticlesThanItsWords_AndEveryHitIsHighlighted()
    {
        if (await SearchAsync("/api/articles?q=%22Hillary%20Clinton%22&pageSize=100") is not { } phrase
            || await SearchAsync("/api/articles?q=Hillary%20Clinton&pageSize=100") is not { } words)
        {
            return;
        }

        var phraseCount = phrase.GetProperty("totalCount").GetInt32();
        var wordCount = words.GetProperty("totalCount").GetInt32();
        output.WriteLine($"\"Hillary Clinton\": {phraseCount} articles; Hillary Clinton: {wordCount}");
        Assert.InRange(phraseCount, 50, wordCount);
        Assert.All(phrase.GetProperty("items").EnumerateArray(), a => Assert.Contains("<mark>", a.GetProperty("highlight").GetString()));
    }

    [EvalDataFact("polnear/train/text")]
    public async Task Stemming_MatchesOtherFormsOfAWord()
    {
        if (await SearchAsync("/api/articles?q=elections") is not { } plural || await SearchAsync("/api/articles?q=election") is not { } singular)
        {
            return;
        }

        Assert.True(plural.GetProperty("totalCount").GetInt32() > 100);
        Assert.Equal(singular.GetProperty("totalCount").GetInt32(), plural.GetProperty("totalCount").GetInt32());
    }

    [EvalDataFact("polnear/train/text")]
    public async Task TitleMatches_RankFirst()
    {
        if (await SearchAsync("/api/articles?q=Benghazi&pageSize=100") is not { } result)
        {
            return;
        }

        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var first = items[0];
        output.WriteLine($"{items.Count} articles; first: {first.GetProperty("title").GetString()}");
        Assert.Contains("Benghazi", first.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", first.GetProperty("highlight").GetString(), StringComparison.Ordinal);
    }

    [EvalDataFact("polnear/train/text")]
    public async Task QuotesAndClaims_AreSearchedWithTheirHighlights()
    {
        if (await SearchAsync("/api/quotes?q=immigration&pageSize=20") is not { } quotes || await SearchAsync("/api/claims?q=%22tax%20returns%22&pageSize=20") is not { } claims)
        {
            return;
        }

        Assert.True(quotes.GetProperty("totalCount").GetInt32() > 10);
        Assert.All(quotes.GetProperty("items").EnumerateArray(), q => Assert.Contains("<mark>", q.GetProperty("highlight").GetString(), StringComparison.Ordinal));
        Assert.True(claims.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(claims.GetProperty("items").EnumerateArray(), c => Assert.Contains("tax returns", c.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase));
    }
}
