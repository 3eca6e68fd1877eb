using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace NewsAnalysis.Api.Tests;

/// <summary>GET /api/jobs: newest first, paged like every list, filtered by the status a job reports.</summary>
public sealed class JobListTests(ManualClockApiFactory factory) : IClassFixture<ManualClockApiFactory>
{
    [Fact]
    public async Task Jobs_AreListedNewestFirst_WithTheStatusAndCountsOfEachJob()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("list");
        await factory.DrainQueueAsync();

        var running = await PostBatchAsync(client, Valid(marker, 1), Valid(marker, 2), new { title = $"{marker} no body" });
        var lease = await factory.LeaseAsync();
        Assert.Equal(running, lease.JobId);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var queued = await PostBatchAsync(client, Valid(marker, 3));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var completed = await PostBatchAsync(client, new { title = $"{marker} only invalid" });

        // Nothing was accepted since, so these three head the list.
        var page = await client.GetJsonAsync("/api/jobs?page=1&pageSize=3");
        Assert.Equal([completed, queued, running], Ids(page));
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(3, page.GetProperty("pageSize").GetInt32());
        var jobs = page.GetProperty("items").EnumerateArray().ToList();
        AssertJob(jobs[0], "completed", total: 1, processed: 1, stored: 0, invalid: 1);
        Assert.NotEqual(JsonValueKind.Null, jobs[0].GetProperty("completedAt").ValueKind);
        AssertJob(jobs[1], "queued", total: 1, processed: 0, stored: 0, invalid: 0);
        Assert.Equal(JsonValueKind.Null, jobs[1].GetProperty("completedAt").ValueKind);
        AssertJob(jobs[2], "running", total: 3, processed: 1, stored: 0, invalid: 1);
        Assert.Equal(
            factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(-2),
            jobs[2].GetProperty("createdAt").GetDateTime().ToUniversalTime(),
            TimeSpan.FromMilliseconds(1));

        // One job reads the same in the list and on its own.
        var single = await client.GetJsonAsync($"/api/jobs/{running}");
        foreach (var field in new[] { "status", "createdAt", "total", "processed", "stored", "duplicates", "invalid", "failed" })
        {
            Assert.Equal(single.GetProperty(field).ToString(), jobs[2].GetProperty(field).ToString());
        }

        var second = await client.GetJsonAsync("/api/jobs?page=2&pageSize=2");
        Assert.Equal(running, Ids(second)[0]);
        Assert.Equal(page.GetProperty("totalCount").GetInt32(), second.GetProperty("totalCount").GetInt32());

        Assert.Contains(running, await IdsWithStatusAsync(client, "running"));
        Assert.DoesNotContain(queued, await IdsWithStatusAsync(client, "running"));
        Assert.Contains(queued, await IdsWithStatusAsync(client, "queued"));
        Assert.DoesNotContain(running, await IdsWithStatusAsync(client, "QUEUED"));
        Assert.Contains(completed, await IdsWithStatusAsync(client, "completed"));
        Assert.DoesNotContain(queued, await IdsWithStatusAsync(client, "completed"));

        await factory.ProcessAsync(lease);
        await factory.DrainQueueAsync();

        var done = await IdsWithStatusAsync(client, "completed");
        Assert.Contains(running, done);
        Assert.Contains(queued, done);
        var finished = (await client.GetJsonAsync("/api/jobs?status=completed&pageSize=3")).GetProperty("items").EnumerateArray()
            .Single(j => j.GetProperty("id").GetInt32() == running);
        AssertJob(finished, "completed", total: 3, processed: 3, stored: 2, invalid: 1);
        Assert.NotEqual(JsonValueKind.Null, finished.GetProperty("completedAt").ValueKind);
    }

    [Theory]
    [InlineData("status=finished", "status")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task BadListQuery_Is400ProblemNamingTheField(string query, string field)
    {
        var response = await factory.CreateClient().GetAsync($"/api/jobs?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Swagger_DescribesTheJobList_WithAStatusExample()
    {
        var document = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

        var list = document.GetProperty("paths").GetProperty("/api/jobs").GetProperty("get");
        Assert.True(list.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(list.GetProperty("responses").TryGetProperty("400", out _));
        var status = list.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Status"
            || p.GetProperty("name").GetString() == "status");
        Assert.Equal("completed", status.GetProperty("example").GetString());
    }

    internal static object Valid(string marker, int number) => new
    {
        title = $"{marker} article {number}",
        body = $"{marker}: Orla Wendt said the harbour would reopen on day {number}.",
        url = $"https://tests.example/{marker}/{number}",
    };

    internal static async Task<int> PostBatchAsync(HttpClient client, params object?[] articles)
    {
        var response = await client.PostBatchAsync(articles);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }

    private static List<int> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetInt32()).ToList();

    private static async Task<List<int>> IdsWithStatusAsync(HttpClient client, string status)
    {
        var page = await client.GetJsonAsync($"/api/jobs?status={status}&pageSize=100");
        Assert.All(page.GetProperty("items").EnumerateArray(),
            j => Assert.Equal(status.ToLowerInvariant(), j.GetProperty("status").GetString()));
        return Ids(page);
    }

    private static void AssertJob(JsonElement job, string status, int total, int processed, int stored, int invalid)
    {
        Assert.Equal(status, job.GetProperty("status").GetString());
        Assert.Equal(total, job.GetProperty("total").GetInt32());
        Assert.Equal(processed, job.GetProperty("processed").GetInt32());
        Assert.Equal(stored, job.GetProperty("stored").GetInt32());
        Assert.Equal(invalid, job.GetProperty("invalid").GetInt32());
        Assert.Equal(0, job.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, job.GetProperty("failed").GetInt32());
        Assert.False(job.TryGetProperty("items", out _));
    }
}
