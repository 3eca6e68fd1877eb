using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>Small helpers over HttpClient for posting articles and reading JSON.</summary>
internal static class ApiClient
{
    public static async Task<HttpResponseMessage> PostArticleAsync(this HttpClient client, object request) =>
        await client.PostAsJsonAsync("/api/articles", request);

    public static async Task<JsonElement> CreateArticleAsync(this HttpClient client, string title, string body, string? url = null)
    {
        var response = await client.PostArticleAsync(new { title, body, url = url ?? $"https://tests.example/{Guid.NewGuid():N}" });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> PostBatchAsync(this HttpClient client, params object?[] articles) =>
        await client.PostAsJsonAsync("/api/articles/batch", new { articles });

    /// <summary>Polls a job until every item is final; fails the test after <paramref name="timeout"/> (default one minute).</summary>
    public static async Task<JsonElement> WaitForJobAsync(this HttpClient client, int jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(1));
        while (true)
        {
            var job = await client.GetJsonAsync($"/api/jobs/{jobId}");
            if (job.GetProperty("status").GetString() == "completed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} did not complete in time: {job}");
            await Task.Delay(100);
        }
    }

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}
