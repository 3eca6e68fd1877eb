using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Api.Ingestion;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// POST /api/jobs/{id}/cancel and DELETE /api/jobs/{id}: queued items are cancelled and never processed, an item a
/// worker holds finishes, a lease cannot bring a cancelled item back, and a job without open items is deleted with
/// its items but not its articles. The test plays the ingestion worker.
/// </summary>
public sealed class JobCancelAndDeleteTests(ManualClockApiFactory factory) : IClassFixture<ManualClockApiFactory>
{
    [Fact]
    public async Task CancelledQueuedJob_IsNeverProcessed_EvenWhenTheWorkerRunsAfterwards()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel");
        await factory.DrainQueueAsync();
        var jobId = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), new { title = $"{marker} no body" }, JobListTests.Valid(marker, 2));

        var response = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cancelled = await response.ReadJsonAsync();
        AssertCounts(cancelled, "cancelled", processed: 3, stored: 0, invalid: 1, cancelled: 2);
        Assert.Equal(["cancelled", "invalid", "cancelled"], ItemStatuses(cancelled));
        Assert.NotEqual(JsonValueKind.Null, cancelled.GetProperty("completedAt").ValueKind);
        Assert.Equal(cancelled.ToString(), (await client.GetJsonAsync($"/api/jobs/{jobId}")).ToString());

        await factory.DrainQueueAsync();

        var afterWorker = await client.GetJsonAsync($"/api/jobs/{jobId}");
        Assert.Equal(cancelled.ToString(), afterWorker.ToString());
        Assert.Equal(0, await ArticleCountAsync(client, marker));

        // A second cancel changes nothing and answers the same.
        var again = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(cancelled.ToString(), (await again.ReadJsonAsync()).ToString());
    }

    [Fact]
    public async Task CancelledItem_IsStoredAsCancelledWithItsFinishTime_AndTheRetentionDeletesItsJob()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel-row");
        await factory.DrainQueueAsync();
        var jobId = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), JobListTests.Valid(marker, 2));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var cancelledAt = factory.Clock.GetUtcNow().UtcDateTime;

        var job = await (await client.PostAsync($"/api/jobs/{jobId}/cancel", null)).ReadJsonAsync();

        // The table says what the API says: a final status of its own, finished like a failed item.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var rows = await db.Database
                .SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM \"IngestionItems\" WHERE \"JobId\" = {jobId}")
                .ToListAsync();
            Assert.Equal(["Cancelled", "Cancelled"], rows);
            var items = await db.IngestionItems.AsNoTracking().Where(i => i.JobId == jobId).ToListAsync();
            Assert.All(items, i => Assert.Null(i.LeasedUntil));
            Assert.All(items, i => Assert.Equal(cancelledAt, i.CompletedAt!.Value, TimeSpan.FromMilliseconds(1)));
        }

        Assert.Equal(cancelledAt, job.GetProperty("completedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));

        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The worker's hourly pass may have deleted it first; either way it is gone.
            await scope.ServiceProvider.GetRequiredService<IngestionJobRetention>().DeleteExpiredAsync(CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/jobs/{jobId}")).StatusCode);
        Assert.Equal(0, await ItemCountAsync(jobId));
    }

    [Fact]
    public async Task ItemHeldByAWorker_FinishesAfterTheCancel_AndTheQueuedItemsStayCancelled()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel-held");
        await factory.DrainQueueAsync();
        var jobId = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), JobListTests.Valid(marker, 2), JobListTests.Valid(marker, 3));
        var lease = await factory.LeaseAsync();
        Assert.Equal(jobId, lease.JobId);

        var response = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cancelling = await response.ReadJsonAsync();
        AssertCounts(cancelling, "running", processed: 2, stored: 0, invalid: 0, cancelled: 2);
        Assert.Equal(["running", "cancelled", "cancelled"], ItemStatuses(cancelling));
        Assert.Equal(JsonValueKind.Null, cancelling.GetProperty("completedAt").ValueKind);
        Assert.Contains(jobId, await ListedIdsAsync(client, "running"));

        // Still open: it cannot be deleted yet.
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/jobs/{jobId}")).StatusCode);

        await factory.ProcessAsync(lease);
        await factory.DrainQueueAsync();

        var done = await client.GetJsonAsync($"/api/jobs/{jobId}");
        AssertCounts(done, "cancelled", processed: 3, stored: 1, invalid: 0, cancelled: 2);
        Assert.Equal(["stored", "cancelled", "cancelled"], ItemStatuses(done));
        var articleId = done.GetProperty("items")[0].GetProperty("articleId").GetInt32();
        Assert.Equal($"{marker} article 1", (await client.GetJsonAsync($"/api/articles/{articleId}")).GetProperty("title").GetString());
        Assert.Equal(1, await ArticleCountAsync(client, marker));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/jobs/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/jobs/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{articleId}")).StatusCode);
    }

    [Fact]
    public async Task ItemHandedBackByItsWorkerAfterTheCancel_IsQueuedAgain_AndASecondCancelTakesIt()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel-released");
        await factory.DrainQueueAsync();
        var jobId = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), JobListTests.Valid(marker, 2));
        var lease = await factory.LeaseAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/jobs/{jobId}/cancel", null)).StatusCode);

        // What a worker does on shutdown or after a failure with attempts left.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IngestionQueue>().ReleaseAsync(lease, CancellationToken.None));
        }

        var released = await client.GetJsonAsync($"/api/jobs/{jobId}");
        Assert.Equal(["queued", "cancelled"], ItemStatuses(released));
        Assert.Equal("running", released.GetProperty("status").GetString());

        var response = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCounts(await response.ReadJsonAsync(), "cancelled", processed: 2, stored: 0, invalid: 0, cancelled: 2);
        await factory.DrainQueueAsync();
        Assert.Equal(0, await ArticleCountAsync(client, marker));
    }

    [Fact]
    public async Task ExpiredLease_CannotStoreTheItemThatTheCancelTook()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel-stale");
        await factory.DrainQueueAsync();
        var jobId = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1));
        var stale = await factory.LeaseAsync();
        Assert.Equal(jobId, stale.JobId);

        // Past the lease no worker holds the item any more, so the cancel takes it.
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var response = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCounts(await response.ReadJsonAsync(), "cancelled", processed: 1, stored: 0, invalid: 0, cancelled: 1);

        // The slow worker finishes its analysis now: its article is discarded with its outcome.
        await factory.ProcessAsync(stale);
        await factory.DrainQueueAsync();

        var job = await client.GetJsonAsync($"/api/jobs/{jobId}");
        Assert.Equal(["cancelled"], ItemStatuses(job));
        Assert.Equal(JsonValueKind.Null, job.GetProperty("items")[0].GetProperty("articleId").ValueKind);
        Assert.Equal(0, await ArticleCountAsync(client, marker));
    }

    [Fact]
    public async Task LeasesRacingACancel_EachItemIsEitherProcessedOrCancelled_NeverBoth()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel-race");
        await factory.DrainQueueAsync();
        const int Total = 60;
        var articles = Enumerable.Range(1, Total).Select(n => JobListTests.Valid(marker, n)).ToArray();
        var jobId = await JobListTests.PostBatchAsync(client, articles);

        // Where the cancel lands among the leases differs from run to run (anywhere from none to all items leased
        // first); whatever it is, an item is the lease's or the cancel's, never both.
        var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(LeaseUntilEmptyAsync)).ToList();
        var cancel = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);
        var leases = (await Task.WhenAll(workers)).SelectMany(c => c).ToList();
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        foreach (var lease in leases)
        {
            await factory.ProcessAsync(lease);
        }

        var job = await client.GetJsonAsync($"/api/jobs/{jobId}");
        var statuses = ItemStatuses(job);
        var leased = leases.Select(c => c.Index).ToHashSet();
        for (var index = 0; index < statuses.Count; index++)
        {
            Assert.Equal(leased.Contains(index) ? "stored" : "cancelled", statuses[index]);
        }

        Assert.Equal(leases.Count, await ArticleCountAsync(client, marker));
        Assert.Equal(leases.Count == Total ? "completed" : "cancelled", job.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CancelOfACompletedJob_Is409NamingItsStatus_AndChangesNothing()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel-done");
        await factory.DrainQueueAsync();
        var processed = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1));
        await factory.DrainQueueAsync();
        var onlyInvalid = await JobListTests.PostBatchAsync(client, new { title = $"{marker} only invalid" });

        foreach (var jobId in new[] { processed, onlyInvalid })
        {
            var before = await client.GetJsonAsync($"/api/jobs/{jobId}");
            var response = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.ReadJsonAsync();
            Assert.Equal("completed", problem.GetProperty("jobStatus").GetString());
            Assert.Contains($"Job {jobId} is completed", problem.GetProperty("detail").GetString());
            Assert.Equal(before.ToString(), (await client.GetJsonAsync($"/api/jobs/{jobId}")).ToString());
        }
    }

    [Fact]
    public async Task DeleteOfAFinishedJob_RemovesItAndItsItems_ButKeepsItsArticles()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("delete");
        await factory.DrainQueueAsync();
        var jobId = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), new { title = $"{marker} no body" });
        await factory.DrainQueueAsync();
        var job = await client.GetJsonAsync($"/api/jobs/{jobId}");
        Assert.Equal("completed", job.GetProperty("status").GetString());
        var articleId = job.GetProperty("items")[0].GetProperty("articleId").GetInt32();

        var response = await client.DeleteAsync($"/api/jobs/{jobId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/jobs/{jobId}")).StatusCode);
        Assert.Equal(0, await ItemCountAsync(jobId));
        Assert.DoesNotContain(jobId, await ListedIdsAsync(client, null));
        Assert.Equal($"{marker} article 1", (await client.GetJsonAsync($"/api/articles/{articleId}")).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/jobs/{jobId}")).StatusCode);
    }

    [Fact]
    public async Task DeleteOfAJobWithQueuedItems_Is409TellingToCancelFirst_AndKeepsTheJob()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("delete-open");
        await factory.DrainQueueAsync();
        var jobId = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1), JobListTests.Valid(marker, 2));

        var response = await client.DeleteAsync($"/api/jobs/{jobId}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Contains($"POST /api/jobs/{jobId}/cancel", problem.GetProperty("detail").GetString());
        Assert.Equal(jobId, problem.GetProperty("jobId").GetInt32());
        Assert.Equal(2, await ItemCountAsync(jobId));
        Assert.Equal("queued", (await client.GetJsonAsync($"/api/jobs/{jobId}")).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/jobs/{jobId}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/jobs/{jobId}")).StatusCode);
        Assert.Equal(0, await ItemCountAsync(jobId));
    }

    [Theory]
    [InlineData("POST", "/api/jobs/987654321/cancel")]
    [InlineData("DELETE", "/api/jobs/987654321")]
    public async Task UnknownJob_Is404Problem(string method, string path)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("987654321", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task JobList_FiltersByCancelled_ApartFromCompleted()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("cancel-list");
        await factory.DrainQueueAsync();
        var cancelled = await JobListTests.PostBatchAsync(client, JobListTests.Valid(marker, 1));
        var completed = await JobListTests.PostBatchAsync(client, new { title = $"{marker} only invalid" });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/jobs/{cancelled}/cancel", null)).StatusCode);

        Assert.Contains(cancelled, await ListedIdsAsync(client, "cancelled"));
        Assert.Contains(cancelled, await ListedIdsAsync(client, "CANCELLED"));
        Assert.DoesNotContain(completed, await ListedIdsAsync(client, "cancelled"));
        Assert.Contains(completed, await ListedIdsAsync(client, "completed"));
        Assert.DoesNotContain(cancelled, await ListedIdsAsync(client, "completed"));
        Assert.DoesNotContain(cancelled, await ListedIdsAsync(client, "queued"));

        var listed = (await client.GetJsonAsync("/api/jobs?status=cancelled&pageSize=100")).GetProperty("items").EnumerateArray()
            .Single(j => j.GetProperty("id").GetInt32() == cancelled);
        var single = await client.GetJsonAsync($"/api/jobs/{cancelled}");
        foreach (var field in new[] { "status", "createdAt", "completedAt", "total", "processed", "stored", "duplicates", "invalid", "failed", "cancelled" })
        {
            Assert.Equal(single.GetProperty(field).ToString(), listed.GetProperty(field).ToString());
        }

        Assert.Equal(1, listed.GetProperty("cancelled").GetInt32());
    }

    [Fact]
    public async Task Swagger_DescribesCancelAndDelete_WithTheirAnswers()
    {
        var document = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths");

        var cancel = paths.GetProperty("/api/jobs/{id}/cancel").GetProperty("post");
        Assert.Equal(["200", "401", "403", "404", "409", "429"], cancel.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        var delete = paths.GetProperty("/api/jobs/{id}").GetProperty("delete");
        Assert.Equal(["204", "401", "403", "404", "409", "429"], delete.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Contains("articles it stored are kept", delete.GetProperty("summary").GetString());
    }

    private async Task<List<LeasedIngestionItem>> LeaseUntilEmptyAsync()
    {
        var leases = new List<LeasedIngestionItem>();
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<IngestionQueue>().LeaseAsync(CancellationToken.None) is not { } lease)
            {
                return leases;
            }

            leases.Add(lease);
        }
    }

    private static void AssertCounts(JsonElement job, string status, int processed, int stored, int invalid, int cancelled)
    {
        Assert.Equal(status, job.GetProperty("status").GetString());
        Assert.Equal(processed, job.GetProperty("processed").GetInt32());
        Assert.Equal(stored, job.GetProperty("stored").GetInt32());
        Assert.Equal(invalid, job.GetProperty("invalid").GetInt32());
        Assert.Equal(cancelled, job.GetProperty("cancelled").GetInt32());
        Assert.Equal(0, job.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, job.GetProperty("failed").GetInt32());
    }

    private static List<string?> ItemStatuses(JsonElement job) =>
        job.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToList();

    private static async Task<int> ArticleCountAsync(HttpClient client, string marker) =>
        (await client.GetJsonAsync($"/api/articles?q={marker}")).GetProperty("totalCount").GetInt32();

    private static async Task<List<int>> ListedIdsAsync(HttpClient client, string? status) =>
        (await client.GetJsonAsync(status is null ? "/api/jobs?pageSize=100" : $"/api/jobs?status={status}&pageSize=100"))
            .GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetInt32()).ToList();

    private async Task<int> ItemCountAsync(int jobId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return await db.IngestionItems.CountAsync(i => i.JobId == jobId);
    }
}
