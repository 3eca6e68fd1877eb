using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Api.Tests;

/// <summary>Keys made the way the CLI makes them (through <see cref="ApiKeyStore"/>), and requests that send one.</summary>
internal static class ApiKeys
{
    public static async Task<(int Id, string Secret)> CreateKeyAsync(this WebApplicationFactory<Program> factory, ApiKeyScope scope)
    {
        await using var services = factory.Services.CreateAsyncScope();
        var (key, secret) = await services.ServiceProvider.GetRequiredService<ApiKeyStore>()
            .CreateAsync(ApiClient.Unique($"test {scope} "), scope, CancellationToken.None);
        return (key.Id, secret);
    }

    public static async Task RevokeKeyAsync(this WebApplicationFactory<Program> factory, int id)
    {
        await using var services = factory.Services.CreateAsyncScope();
        Assert.Equal(ApiKeyRevocation.Revoked, await services.ServiceProvider.GetRequiredService<ApiKeyStore>().RevokeAsync(id, CancellationToken.None));
    }

    /// <summary>Sends a request with the key as <c>Authorization: Bearer</c> (or, with <paramref name="asHeader"/>, as <c>X-Api-Key</c>).</summary>
    public static async Task<HttpResponseMessage> SendWithKeyAsync(
        this HttpClient client, HttpMethod method, string path, string? key, object? body = null, bool asHeader = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (key is not null && asHeader)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        else if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await client.SendAsync(request);
    }

    public static object NewArticle() => new
    {
        title = "Keys at the council",
        body = "The council met on Monday. \"We will decide soon\", the mayor said.",
        url = $"https://tests.example/{Guid.NewGuid():N}",
    };
}
