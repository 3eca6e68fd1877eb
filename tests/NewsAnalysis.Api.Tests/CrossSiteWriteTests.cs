using System.Net;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// A browser's write from another site is refused before it does anything, the bodiless cancel included; the page's
/// own origin, the configured frontends (Cors:AllowedOrigins) and clients that are no browser pass. The API runs
/// open here (no key), the case where nothing else would stop a forged request.
/// </summary>
public sealed class CrossSiteWriteTests(ManualQueueApiFactory factory) : IClassFixture<ManualQueueApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task CancelFromAnotherSite_IsRefused_AndTheJobKeepsRunning()
    {
        var job = await (await _client.PostBatchAsync(ApiKeys.NewArticle())).ReadJsonAsync();
        var id = job.GetProperty("id").GetInt32();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/jobs/{id}/cancel");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await _client.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "from the page at https://evil.example may not change anything");
        Assert.Equal("https://evil.example", problem.GetProperty("origin").GetString());
        Assert.Equal("queued", (await _client.GetJsonAsync($"/api/jobs/{id}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("POST", "/api/articles", "https://evil.example", null)]
    [InlineData("DELETE", "/api/articles/1", "https://evil.example", null)]
    [InlineData("PATCH", "/api/entities/1", "null", null)]
    [InlineData("POST", "/api/jobs/1/cancel", null, "cross-site")]
    [InlineData("POST", "/api/jobs/1/cancel", null, "same-site")]
    [InlineData("POST", "/api/jobs/1/cancel", "http://localhost.evil.example", "cross-site")]
    public async Task WriteFromAnotherSite_Is403(string method, string path, string? origin, string? site)
    {
        var response = await SendAsync(method, path, origin, site);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "may not change anything here");
    }

    [Theory]
    [InlineData("http://localhost", "same-origin")]
    [InlineData("http://localhost:8080", "same-origin")]
    [InlineData(null, "same-origin")]
    [InlineData(null, "none")]
    [InlineData("http://localhost:5173", "cross-site")]
    [InlineData("http://localhost:3000", null)]
    [InlineData(null, null)]
    public async Task WriteFromThisSiteAConfiguredFrontendOrNoBrowser_Passes(string? origin, string? site)
    {
        var response = await SendAsync("POST", "/api/jobs/987654/cancel", origin, site);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OriginOnAnotherPort_IsRefused_WhenTheHostNamesItsPort()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/jobs/987654/cancel");
        request.Headers.Host = "news.example:8080";
        request.Headers.TryAddWithoutValidation("Origin", "http://news.example:9090");

        var refused = await _client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, "may not change anything here");
    }

    [Fact]
    public async Task ReadFromAnotherSite_Passes()
    {
        var response = await SendAsync("GET", "/api/articles", "https://evil.example", "cross-site");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string? origin, string? site)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        return await _client.SendAsync(request);
    }
}
