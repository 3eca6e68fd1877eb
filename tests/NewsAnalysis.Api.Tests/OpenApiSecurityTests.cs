using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>The OpenAPI document names both ways to send a key, and the 401, 403 and 429 answers of each operation.</summary>
public sealed class OpenApiSecurityTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task Document_HasTheSchemes_AndTheAnswersOfTheChecks()
    {
        var document = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        var paths = document.GetProperty("paths");

        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());

        var post = paths.GetProperty("/api/articles").GetProperty("post");
        AssertProblem(post, "401");
        AssertProblem(post, "403");
        AssertProblem(post, "429");
        Assert.Equal(2, post.GetProperty("security").GetArrayLength());

        var list = paths.GetProperty("/api/articles").GetProperty("get");
        AssertProblem(list, "401");
        Assert.False(list.GetProperty("responses").TryGetProperty("403", out _));
        Assert.Contains(list.GetProperty("security").EnumerateArray(), requirement => !requirement.EnumerateObject().Any());

        var deleteJob = paths.GetProperty("/api/jobs/{id}").GetProperty("delete");
        Assert.Contains("scope `admin`", deleteJob.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(paths.GetProperty("/api/access").GetProperty("get").TryGetProperty("security", out _));
    }

    private static void AssertProblem(JsonElement operation, string status) =>
        Assert.True(operation.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
}
