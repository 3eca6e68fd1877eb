using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Once a key exists: writes need a write key, job deletion an admin key, reads need none by default; a refused
/// request is a 401 or 403 problem that names what is wrong. The class's database has keys; no other test class
/// shares it.
/// </summary>
public sealed class ApiKeyAccessTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Write_WithoutKey_Is401NamingTheScopeNeeded()
    {
        await factory.CreateKeyAsync(ApiKeyScope.Admin);

        var response = await _client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", null, ApiKeys.NewArticle());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "needs an API key with scope write");
        Assert.Equal("write", problem.GetProperty("requiredScope").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task BodilessCancel_WithoutKey_Is401()
    {
        await factory.CreateKeyAsync(ApiKeyScope.Admin);

        var response = await _client.PostAsync("/api/jobs/1/cancel", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "scope write");
    }

    [Fact]
    public async Task Feeds_OnceAKeyExists_SubscribingNeedsAWriteKey_AndListingNone()
    {
        var (_, key) = await factory.CreateKeyAsync(ApiKeyScope.Write);
        var feed = new { url = $"https://tests.example/{Guid.NewGuid():N}/rss.xml", pollMinutes = 60 };

        var refused = await _client.SendWithKeyAsync(HttpMethod.Post, "/api/feeds", null, feed);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized, "scope write");
        var subscribed = await _client.SendWithKeyAsync(HttpMethod.Post, "/api/feeds", key, feed);
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var id = (await subscribed.ReadJsonAsync()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/feeds/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await _client.DeleteAsync($"/api/feeds/{id}"), HttpStatusCode.Unauthorized, "scope write");
        Assert.Equal(HttpStatusCode.NoContent, (await _client.SendWithKeyAsync(HttpMethod.Delete, $"/api/feeds/{id}", key)).StatusCode);
    }

    [Fact]
    public async Task Write_WithReadKey_Is403NamingBothScopes()
    {
        var (_, key) = await factory.CreateKeyAsync(ApiKeyScope.Read);

        var response = await _client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", key, ApiKeys.NewArticle());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "has scope read; this request needs a key with scope write");
        Assert.Equal("write", problem.GetProperty("requiredScope").GetString());
    }

    [Theory]
    [InlineData(ApiKeyScope.Write, false)]
    [InlineData(ApiKeyScope.Write, true)]
    [InlineData(ApiKeyScope.Admin, false)]
    public async Task Write_WithWriteOrAdminKey_StoresTheArticle(ApiKeyScope scope, bool asHeader)
    {
        var (_, key) = await factory.CreateKeyAsync(scope);

        var response = await _client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", key, ApiKeys.NewArticle(), asHeader);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task JobDeletion_NeedsAdmin()
    {
        var (_, write) = await factory.CreateKeyAsync(ApiKeyScope.Write);
        var (_, admin) = await factory.CreateKeyAsync(ApiKeyScope.Admin);

        var refused = await _client.SendWithKeyAsync(HttpMethod.Delete, "/api/jobs/987654", write);
        var allowed = await _client.SendWithKeyAsync(HttpMethod.Delete, "/api/jobs/987654", admin);

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, "needs a key with scope admin");
        Assert.Equal("admin", problem.GetProperty("requiredScope").GetString());
        Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
    }

    [Fact]
    public async Task Read_WithoutKey_IsAllowedByDefault()
    {
        await factory.CreateKeyAsync(ApiKeyScope.Admin);

        var response = await _client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownKey_Is401SayingSo_EvenForReads()
    {
        await factory.CreateKeyAsync(ApiKeyScope.Admin);
        var unknown = ApiKeySecret.Create();

        var read = await _client.SendWithKeyAsync(HttpMethod.Get, "/api/articles", unknown);
        var write = await _client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", unknown, ApiKeys.NewArticle(), asHeader: true);

        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.Unauthorized, "The API key is not known here");
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.Unauthorized, "The API key is not known here");
    }

    [Fact]
    public async Task RevokedKey_IsRefusedFromTheNextRequest()
    {
        var (id, key) = await factory.CreateKeyAsync(ApiKeyScope.Write);
        Assert.Equal(HttpStatusCode.Created, (await _client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", key, ApiKeys.NewArticle())).StatusCode);

        await factory.RevokeKeyAsync(id);
        var response = await _client.SendWithKeyAsync(HttpMethod.Post, "/api/articles", key, ApiKeys.NewArticle());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "was revoked at");
        Assert.Equal("The API key was refused.", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("Authorization", "Basic dXNlcjpwYXNz", "must be 'Bearer <key>', not a 'Basic' credential")]
    [InlineData("Authorization", "Bearer", "carries no key")]
    [InlineData("X-Api-Key", " ", "X-Api-Key header is empty")]
    public async Task MalformedCredentials_Are401NamingTheFault(string header, string value, string expected)
    {
        await factory.CreateKeyAsync(ApiKeyScope.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/1");
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await _client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, expected);
    }

    [Fact]
    public async Task TwoDifferentKeys_Are401()
    {
        var (_, first) = await factory.CreateKeyAsync(ApiKeyScope.Admin);
        var (_, second) = await factory.CreateKeyAsync(ApiKeyScope.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/1");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + first);
        request.Headers.TryAddWithoutValidation("X-Api-Key", second);

        var response = await _client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "carry different keys");
    }

    [Fact]
    public async Task Access_TellsClosedAndTheKeysScope()
    {
        var (_, key) = await factory.CreateKeyAsync(ApiKeyScope.Write);

        var anonymous = await (await _client.GetAsync("/api/access")).ReadJsonAsync();
        var withKey = await (await _client.SendWithKeyAsync(HttpMethod.Get, "/api/access", key)).ReadJsonAsync();

        Assert.False(anonymous.GetProperty("open").GetBoolean());
        Assert.True(anonymous.GetProperty("anonymousRead").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, anonymous.GetProperty("scope").ValueKind);
        Assert.Equal("write", withKey.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task KeyIsStoredOnlyAsItsHash()
    {
        var (id, key) = await factory.CreateKeyAsync(ApiKeyScope.Read);
        await using var services = factory.Services.CreateAsyncScope();
        var stored = (await services.ServiceProvider.GetRequiredService<Infrastructure.Keys.ApiKeyStore>().ListAsync(CancellationToken.None)).Single(k => k.Id == id);

        Assert.Equal(ApiKeySecret.HashOf(key), stored.Hash);
        Assert.DoesNotContain(key, stored.Hash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        Assert.True(key.Length >= 40, "a key carries at least 240 random bits");
    }
}
