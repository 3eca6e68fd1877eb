using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Before the first key is created the API runs open, as it always did, and says so at start and in
/// <c>GET /api/access</c>; with <c>Access:AnonymousRead=false</c> and a key, reads need a key too.
/// </summary>
public sealed class OpenAccessTests
{
    [Fact]
    public async Task WithoutKeys_EverythingIsOpen_AndTheStartLogsAWarning()
    {
        var logs = new LogCapture();
        using var root = new NewsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => builder.ConfigureLogging(l => l.AddProvider(logs)));
        var client = factory.CreateClient();

        var access = await client.GetJsonAsync("/api/access");
        var created = await client.PostArticleAsync(ApiKeys.NewArticle());
        var deleteJob = await client.DeleteAsync("/api/jobs/987654");
        var withUnknownKey = await client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", ApiKeySecret.Create(), ApiKeys.NewArticle());

        Assert.True(access.GetProperty("open").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteJob.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withUnknownKey.StatusCode);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("No API key exists, so the API is open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RevokingEveryKey_DoesNotReopenTheApi()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();
        var (id, _) = await factory.CreateKeyAsync(ApiKeyScope.Admin);

        await factory.RevokeKeyAsync(id);
        var response = await client.PostArticleAsync(ApiKeys.NewArticle());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False((await client.GetJsonAsync("/api/access")).GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task AnonymousReadOff_ReadsNeedAKey_AccessStillAnswers()
    {
        using var root = new NewsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => builder.UseSetting("Access:AnonymousRead", "false"));
        var client = factory.CreateClient();
        var (_, key) = await factory.CreateKeyAsync(ApiKeyScope.Read);

        var anonymous = await client.GetAsync("/api/articles");
        var withKey = await client.SendWithKeyAsync(HttpMethod.Get, "/api/articles", key);
        var access = await client.GetJsonAsync("/api/access");

        var problem = await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized, "needs an API key with scope read");
        Assert.Equal("read", problem.GetProperty("requiredScope").GetString());
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.False(access.GetProperty("anonymousRead").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
