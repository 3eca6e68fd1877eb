using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>Whatever a client sends, the answer is a 4xx problem naming what is wrong, and nothing is stored.</summary>
public sealed class BadInputTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    public static TheoryData<string, string> BadArticles => new()
    {
        { """{"body":"MARKER text"}""", "title" },
        { """{"title":"MARKER","body":""}""", "body" },
        { """{"title":"   ","body":"MARKER text"}""", "title" },
        { """{"title":"MARKER"}""", "body" },
        { """{"title":"MARKER","body":"text","url":"not a url"}""", "url" },
        { """{"title":"MARKER","body":"text","url":"ftp://example.com/a"}""", "url" },
        { """{"title":"MARKER","body":42}""", "$.body" },
        { """{"title":["MARKER"],"body":"text"}""", "$.title" },
        { """{"title":"MARKER","body":"text","publishedAt":"yesterday"}""", "$.publishedAt" },
        { """{"title":"MARKER","body":"text""", "$" },
        { """{"title":"MARKER","body":"text","source":"SOURCE_OVER_LIMIT"}""", "source" },
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public async Task BadArticle_Is400ProblemNamingTheField_AndStoresNothing(string json, string field)
    {
        var marker = ApiClient.Unique("bad");
        json = json.Replace("MARKER", marker, StringComparison.Ordinal)
            .Replace("SOURCE_OVER_LIMIT", new string('s', 201), StringComparison.Ordinal);
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(errors, name => name.Equals(field, StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(field, StringComparison.OrdinalIgnoreCase));
        var stored = await client.GetJsonAsync($"/api/articles?q={marker}");
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task LoneSurrogate_Is400WithAPlainMessage()
    {
        var client = factory.CreateClient();
        var json = """{"title":"Surrogate","body":"a \ud800 b"}""";
        var response = await client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString()!)).ToList();
        Assert.Contains(messages, m => m.Contains("unpaired surrogate", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("NewsAnalysis.", StringComparison.Ordinal) || m.Contains("System.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BodyOverLimit_Is400NamingBody()
    {
        var client = factory.CreateClient();
        var response = await client.PostArticleAsync(new { title = "Too long", body = new string('a', 500_001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task MissingRequestBody_Is400()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/articles", new StringContent("", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WrongMediaType_Is415Problem()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/articles", new StringContent("title=x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/articles?pageSize=101", "pageSize")]
    [InlineData("/api/articles?pageSize=0", "pageSize")]
    [InlineData("/api/articles?page=-1", "page")]
    [InlineData("/api/articles?page=abc", "page")]
    [InlineData("/api/articles?from=2020-01-02&to=2020-01-01", "to")]
    [InlineData("/api/entities?type=Planet", "type")]
    [InlineData("/api/entities?sort=size", "sort")]
    [InlineData("/api/quotes?pageSize=1000", "pageSize")]
    [InlineData("/api/claims?minCheckWorthiness=2", "minCheckWorthiness")]
    [InlineData("/api/claims?hasQuantity=maybe", "hasQuantity")]
    [InlineData("/api/entities/1/quotes?page=0", "page")]
    [InlineData("/api/articles?page=107374184", "page")]
    [InlineData("/api/entities?page=107374184", "page")]
    [InlineData("/api/quotes?page=107374184", "page")]
    [InlineData("/api/claims?page=107374184", "page")]
    [InlineData("/api/claims/disagreements?q=strike&page=107374184", "page")]
    [InlineData("/api/entities/1/claims?page=107374184", "page")]
    [InlineData("/api/jobs?page=107374184", "page")]
    public async Task BadQuery_Is400ProblemNamingTheParameter(string path, string field)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), p => p.Name.Equals(field, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/articles/987654")]
    [InlineData("/api/entities/987654")]
    [InlineData("/api/entities/987654/quotes")]
    [InlineData("/api/entities/987654/claims")]
    [InlineData("/api/articles/not-a-number")]
    public async Task UnknownId_Is404Problem(string path)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task DeletingUnknownArticle_Is404Problem()
    {
        var client = factory.CreateClient();
        var response = await client.DeleteAsync("/api/articles/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await response.ReadJsonAsync()).ValueKind);
    }
}
