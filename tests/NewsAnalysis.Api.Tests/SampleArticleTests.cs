using System.Net;
using System.Text.Json;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Tests;

/// <summary>The wire story the product was designed around, posted over HTTP, must come out right.</summary>
public sealed class SampleArticleTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private async Task<JsonElement> PostSampleAsync()
    {
        var sample = SampleArticle.Parse(await File.ReadAllTextAsync(RepositoryFiles.Seed("putin-tillerson.txt")), "putin-tillerson");
        var client = factory.CreateClient();
        var response = await client.PostArticleAsync(sample with { Url = $"https://tests.example/putin-tillerson/{Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        return await response.ReadJsonAsync();
    }

    private static IEnumerable<(string Name, string Type, List<string> Mentions)> Entities(JsonElement article) =>
        article.GetProperty("entities").EnumerateArray().Select(e => (
            e.GetProperty("name").GetString()!,
            e.GetProperty("type").GetString()!,
            e.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()!).ToList()));

    private static (string Name, string Type, List<string> Mentions) EntityNamed(JsonElement article, string mentionText) =>
        Entities(article).Single(e => e.Mentions.Contains(mentionText));

    [Fact]
    public async Task EverySpan_CutFromTheBody_GivesItsText()
    {
        var article = await PostSampleAsync();
        var body = article.GetProperty("body").GetString()!;
        var spans = new List<JsonElement>();
        foreach (var entity in article.GetProperty("entities").EnumerateArray())
        {
            spans.AddRange(entity.GetProperty("mentions").EnumerateArray());
        }

        foreach (var statement in article.GetProperty("quotes").EnumerateArray().Concat(article.GetProperty("claims").EnumerateArray()))
        {
            spans.Add(statement);
            if (statement.TryGetProperty("quantities", out var quantities))
            {
                spans.AddRange(quantities.EnumerateArray());
            }

            foreach (var name in new[] { "cue", "speaker", "claimant" })
            {
                if (statement.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.Object)
                {
                    spans.Add(name == "cue" ? part : part.GetProperty("mention"));
                }
            }
        }

        Assert.True(spans.Count > 50, $"only {spans.Count} spans were returned");
        foreach (var span in spans)
        {
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            Assert.Equal(span.GetProperty("text").GetString(), body[start..end]);
        }
    }

    [Fact]
    public async Task People_AreFoundAndGroupedUnderTheirFullNames()
    {
        var article = await PostSampleAsync();
        var people = Entities(article).Where(e => e.Type == "Person").Select(e => e.Name).ToHashSet();
        foreach (var person in new[] { "Vladimir Putin", "Rex Tillerson", "Trump", "Lavrov", "Assad", "Vladimir Safronkov", "Ja'afari" })
        {
            Assert.Contains(person, people);
        }

        Assert.Equal("Julie Sanders", article.GetProperty("author").GetString());
        Assert.Equal("Vladimir Putin", EntityNamed(article, "Putin").Name);
        Assert.Equal("Rex Tillerson", EntityNamed(article, "Tillerson").Name);
        Assert.DoesNotContain(Entities(article), e => e.Name != "Vladimir Putin" && e.Mentions.Contains("Putin"));
        Assert.DoesNotContain(Entities(article), e => e.Name != "Rex Tillerson" && e.Mentions.Contains("Tillerson"));
    }

    [Theory]
    [InlineData("Russia", "Russian Federation")]
    [InlineData("U.S.", "US")]
    [InlineData("U.S.", "USA")]
    [InlineData("U.S.", "United States")]
    [InlineData("United Nations", "U.N.")]
    public async Task Aliases_AreOneEntity(string one, string other)
    {
        var article = await PostSampleAsync();
        Assert.Equal(EntityNamed(article, one).Name, EntityNamed(article, other).Name);
    }

    [Theory]
    [InlineData("Syria", "Location")]
    [InlineData("Britain", "Location")]
    [InlineData("France", "Location")]
    [InlineData("Iraq", "Location")]
    [InlineData("Khan Sheikhoun", "Location")]
    [InlineData("Russia", "Location")]
    [InlineData("Kremlin", "Organization")]
    [InlineData("United Nations", "Organization")]
    [InlineData("Mir television", "Organization")]
    public async Task Names_HaveTheirTypes(string mention, string type)
    {
        var article = await PostSampleAsync();
        Assert.Equal(type, EntityNamed(article, mention).Type);
    }

    [Theory]
    [InlineData("You can say that the level of trust", "Vladimir Putin")]
    [InlineData("returning to pseudo-attempts", "Vladimir Putin")]
    [InlineData("I really do hope Russian Federation", null)]
    public async Task Quotes_HaveTheirSpeakers(string quoteStart, string? speaker)
    {
        var article = await PostSampleAsync();
        var quote = article.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString()!.StartsWith(quoteStart, StringComparison.Ordinal));
        var actual = quote.GetProperty("speaker");
        if (speaker is null)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
        }
        else
        {
            Assert.Equal(speaker, actual.GetProperty("name").GetString());
            Assert.True(actual.GetProperty("entityId").GetInt32() > 0);
        }
    }

    [Fact]
    public async Task Quotes_ExcludeTheirQuotationMarks_AndNoneIsGivenToAssad()
    {
        var article = await PostSampleAsync();
        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.DoesNotContain('"', q.GetProperty("text").GetString()!));
        Assert.DoesNotContain(quotes, q => q.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } s && s.GetProperty("name").GetString() == "Assad");
    }

    [Theory]
    [InlineData(320000, "more than", "people")]
    [InlineData(89, null, "people")]
    [InlineData(80, "more than", null)]
    [InlineData(20, null, "percent")]
    public async Task Claims_CarryTheirParsedQuantities(double value, string? approximation, string? unit)
    {
        var article = await PostSampleAsync();
        var quantities = article.GetProperty("claims").EnumerateArray()
            .SelectMany(c => c.GetProperty("quantities").EnumerateArray())
            .ToList();
        Assert.Contains(quantities, q =>
            q.GetProperty("value").GetDouble() == value
            && q.GetProperty("approximation").GetString() == approximation
            && q.GetProperty("unit").GetString() == unit);
    }

    [Fact]
    public async Task TheStrikeClaim_IsTheUnitedStates()
    {
        var article = await PostSampleAsync();
        var claim = article.GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("text").GetString()!.Contains("20% of Syria's aircraft", StringComparison.Ordinal)
                || c.GetProperty("text").GetString()!.Contains("20% of Syria's operational aircraft", StringComparison.Ordinal));
        Assert.Equal("United States", claim.GetProperty("claimant").GetProperty("name").GetString());
        Assert.Equal("claims", claim.GetProperty("cue").GetProperty("text").GetString());
    }
}
