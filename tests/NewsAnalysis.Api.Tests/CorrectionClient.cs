using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>Helpers for the correction tests: articles naming one invented person, and the answers' problem shapes.</summary>
internal static class CorrectionClient
{
    /// <summary>An article naming the person in full and then by surname in a quote; the recogniser reads these names as people.</summary>
    public static Task<JsonElement> NamePersonAsync(this HttpClient client, string fullName) =>
        client.CreateArticleAsync(fullName, $"{fullName} spoke in Bergen on Tuesday. \"Point 0 matters,\" {fullName.Split(' ')[^1]} said.");

    public static int EntityIdOf(JsonElement article, string name) =>
        article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

    public static async Task<int> PersonIdAsync(this HttpClient client, string fullName) => EntityIdOf(await client.NamePersonAsync(fullName), fullName);

    public static Task<HttpResponseMessage> MergeAsync(this HttpClient client, int id, int into) =>
        client.PostAsJsonAsync($"/api/entities/{id}/merge", new { into });

    public static Task<HttpResponseMessage> SplitAsync(this HttpClient client, int id, string alias) =>
        client.PostAsJsonAsync($"/api/entities/{id}/split", new { alias });

    public static Task<HttpResponseMessage> PatchEntityAsync(this HttpClient client, int id, object request) =>
        client.PatchAsJsonAsync($"/api/entities/{id}", request);

    /// <summary>Reads a 200 answer; fails the test with the body otherwise.</summary>
    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a problem+json answer of the status and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a 400 validation problem that names the field.</summary>
    public static async Task AssertInvalidAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(field, errors);
    }

    public static async Task<JsonElement> CorrectionAsync(this HttpClient client, int id)
    {
        var list = await client.GetJsonAsync("/api/corrections?pageSize=100");
        return list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
    }

    public static IEnumerable<string> Aliases(JsonElement entity) =>
        entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!);
}
