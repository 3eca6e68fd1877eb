using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The worker deletes finished jobs with their items once they are older than the retention (7 days by
/// default), keeps younger ones, keeps a job with an open item however old, and leaves the articles alone.
/// Time moves by the test's clock; the test plays the ingestion worker.
/// </summary>
public sealed class JobRetentionTests(ManualClockApiFactory factory) : IClassFixture<ManualClockApiFactory>
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    [Fact]
    public async Task FinishedJob_IsDeletedWithItsItemsAfterTheRetention_YoungAndOpenJobsAreKept()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("retention");
        await factory.DrainQueueAsync();

        var finished = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), new { title = $"{marker} no body" });
        var open = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 2));
        await ProcessNextItemOfAsync(finished);
        var stored = (await client.WaitForJobAsync(finished, TimeSpan.Zero)).GetProperty("items")[0];
        Assert.Equal("stored", stored.GetProperty("status").GetString());
        var articleId = stored.GetProperty("articleId").GetInt32();

        factory.Clock.Advance(Retention - TimeSpan.FromDays(1));
        var young = await JobListTests.PostBatchAsync(client, new { title = $"{marker} only invalid" });
        Assert.Equal("completed", (await client.GetJsonAsync($"/api/jobs/{young}")).GetProperty("status").GetString());

        // Just under the retention nothing goes; just over it the finished job does.
        await AdvanceCleanupPassesAsync(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/jobs/{finished}")).StatusCode);
        await AdvanceUntilDeletedAsync(client, finished);

        Assert.Equal(0, await ItemCountAsync(finished));
        Assert.DoesNotContain(finished, await ListedIdsAsync(client));
        Assert.Equal(marker + " article 1", (await client.GetJsonAsync($"/api/articles/{articleId}")).GetProperty("title").GetString());

        Assert.Equal("completed", (await client.GetJsonAsync($"/api/jobs/{young}")).GetProperty("status").GetString());
        var stillOpen = await client.GetJsonAsync($"/api/jobs/{open}");
        Assert.Equal("queued", stillOpen.GetProperty("status").GetString());
        Assert.Equal(1, await ItemCountAsync(open));

        // Once its item is final, the old job goes at the next pass; the young one stays.
        await ProcessNextItemOfAsync(open);
        await AdvanceUntilDeletedAsync(client, open);
        Assert.Equal(0, await ItemCountAsync(open));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/jobs/{young}")).StatusCode);
        Assert.Contains(young, await ListedIdsAsync(client));
    }

    [Fact]
    public async Task RunningJob_PastTheRetention_IsKeptUntilItsLastItemIsFinal()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("retention-running");
        await factory.DrainQueueAsync();

        var job = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), JobListTests.Valid(marker, 2));
        await ProcessNextItemOfAsync(job);
        var lease = await factory.LeaseAsync();
        Assert.Equal(job, lease.JobId);

        await AdvanceCleanupPassesAsync(Retention + TimeSpan.FromDays(1));
        var running = await client.GetJsonAsync($"/api/jobs/{job}");
        Assert.Equal("running", running.GetProperty("status").GetString());
        Assert.Equal(2, await ItemCountAsync(job));

        await factory.ProcessAsync(lease);
        await AdvanceUntilDeletedAsync(client, job);
        Assert.Equal(0, await ItemCountAsync(job));
    }

    /// <summary>Moves the clock in cleanup intervals, giving the retention loop time to run after each.</summary>
    private async Task AdvanceCleanupPassesAsync(TimeSpan total)
    {
        // The first step may reach the loop before it waits; the later ones then run it.
        factory.Clock.Advance(total - ManualClockApiFactory.CleanupInterval * 3);
        for (var step = 0; step < 3; step++)
        {
            await Task.Delay(100);
            factory.Clock.Advance(ManualClockApiFactory.CleanupInterval);
        }

        await Task.Delay(200);
    }

    /// <summary>Moves the clock a cleanup interval at a time until the job is gone (at most 200 intervals).</summary>
    private async Task AdvanceUntilDeletedAsync(HttpClient client, int jobId)
    {
        for (var step = 0; step < 200; step++)
        {
            factory.Clock.Advance(ManualClockApiFactory.CleanupInterval);
            await Task.Delay(50);
            var response = await client.GetAsync($"/api/jobs/{jobId}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                return;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Fail($"job {jobId} was not deleted within 200 cleanup intervals");
    }

    private static async Task<List<int>> ListedIdsAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/jobs?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(j => j.GetProperty("id").GetInt32()).ToList();

    private async Task<int> ItemCountAsync(int jobId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return await db.IngestionItems.CountAsync(i => i.JobId == jobId);
    }

    /// <summary>Leases the oldest open item, which the test expects to be one of this job's, and processes it.</summary>
    private async Task ProcessNextItemOfAsync(int jobId)
    {
        var lease = await factory.LeaseAsync();
        Assert.Equal(jobId, lease.JobId);
        await factory.ProcessAsync(lease);
    }
}
