using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The limits count per key, or per client address without a valid key, and a refused request is a 429 problem with
/// Retry-After. The limits here are tiny (5 requests and 2 writes a minute); the other suites run without them.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly NewsApiFactory _root = new();
    private readonly WebApplicationFactory<Program> _factory;

    public RateLimitTests()
    {
        _factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimits:Enabled", "true");
            builder.UseSetting("RateLimits:RequestsPerMinute", "5");
            builder.UseSetting("RateLimits:WritesPerMinute", "2");
        });
    }

    [Fact]
    public async Task Requests_BeyondTheLimit_Are429WithRetryAfter_OtherKeysAndHealthUnaffected()
    {
        var client = _factory.CreateClient();
        var (_, key) = await _factory.CreateKeyAsync(ApiKeyScope.Read);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await client.GetAsync("/api/articles")).StatusCode);
        }

        var refused = await client.GetAsync("/api/articles");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate limit of this client address is used up");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(retryAfter, problem.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/articles", key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Writes_HaveTheirOwnSmallerLimit_PerKey()
    {
        var client = _factory.CreateClient();
        var (keyId, key) = await _factory.CreateKeyAsync(ApiKeyScope.Write);

        var first = await client.SendWithKeyAsync(HttpMethod.Post, "/api/jobs/987654/cancel", key);
        var second = await client.SendWithKeyAsync(HttpMethod.Post, "/api/jobs/987654/cancel", key);
        // An analysis, whose endpoint has a concurrency limit of its own: the per-key limit still answers 429, not 503.
        var third = await client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", key, ApiKeys.NewArticle());
        var read = await client.SendWithKeyAsync(HttpMethod.Get, "/api/articles", key);

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.TooManyRequests, $"rate limit of API key {keyId} is used up");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _root.Dispose();
    }
}
