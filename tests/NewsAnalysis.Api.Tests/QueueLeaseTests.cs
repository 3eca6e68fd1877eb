using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Api.Ingestion;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The queue's guarantees with the test as the only worker: a lease whose worker died is taken over once
/// its lease expires, and however often an item is processed, its article is stored once.
/// </summary>
public sealed class QueueLeaseTests(ManualQueueApiFactory factory) : IClassFixture<ManualQueueApiFactory>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LeaseOfDeadWorker_IsTakenOverOnceItEnds_AndStoredOnce(bool withUrl)
    {
        var client = factory.CreateClient();
        var (marker, jobId) = await PostOneAsync(client, withUrl);

        var dead = await LeaseAsync();
        Assert.NotNull(dead);
        Assert.Null(await LeaseAsync());

        await ExpireLeaseAsync(dead.Id);
        Assert.True(await ProcessNextAsync());
        Assert.False(await ProcessNextAsync());

        var job = await client.WaitForJobAsync(jobId, TimeSpan.Zero);
        var item = Assert.Single(job.GetProperty("items").EnumerateArray());
        Assert.Equal("stored", item.GetProperty("status").GetString());
        Assert.Equal(2, await AttemptsAsync(dead.Id));
        await AssertStoredOnceAsync(client, marker, item.GetProperty("articleId").GetInt32());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SameLeaseProcessedTwiceAtOnce_StoresOneArticle(bool withUrl)
    {
        var client = factory.CreateClient();
        var (marker, jobId) = await PostOneAsync(client, withUrl);
        var lease = await LeaseAsync();
        Assert.NotNull(lease);

        await Task.WhenAll(ProcessAsync(lease), ProcessAsync(lease));
        await ProcessAsync(lease);

        var item = Assert.Single((await client.WaitForJobAsync(jobId, TimeSpan.Zero)).GetProperty("items").EnumerateArray());
        Assert.Equal("stored", item.GetProperty("status").GetString());
        await AssertStoredOnceAsync(client, marker, item.GetProperty("articleId").GetInt32());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StaleLease_FinishingAfterATakeover_LeavesTheNewLeasesOutcome(bool withUrl)
    {
        var client = factory.CreateClient();
        var (marker, jobId) = await PostOneAsync(client, withUrl);
        var stale = await LeaseAsync();
        Assert.NotNull(stale);
        await ExpireLeaseAsync(stale.Id);
        var current = await LeaseAsync();
        Assert.NotNull(current);
        Assert.Equal(stale.Id, current.Id);

        await ProcessAsync(current);
        await ProcessAsync(stale);

        var item = Assert.Single((await client.WaitForJobAsync(jobId, TimeSpan.Zero)).GetProperty("items").EnumerateArray());
        Assert.Equal("stored", item.GetProperty("status").GetString());
        await AssertStoredOnceAsync(client, marker, item.GetProperty("articleId").GetInt32());
    }

    [Fact]
    public async Task RenewedLease_OutlastsItsFirstTerm_AndALeaseTakenOverCannotBeRenewed()
    {
        var client = factory.CreateClient();
        var (marker, jobId) = await PostOneAsync(client, withUrl: false);
        var stale = await LeaseAsync();
        Assert.NotNull(stale);
        var firstTerm = await LeasedUntilAsync(stale.Id);

        Assert.True(await RenewAsync(stale));
        Assert.True(await LeasedUntilAsync(stale.Id) > firstTerm);
        Assert.Null(await LeaseAsync());

        await ExpireLeaseAsync(stale.Id);
        var current = await LeaseAsync();
        Assert.NotNull(current);
        Assert.False(await RenewAsync(stale));
        Assert.True(await RenewAsync(current));

        await ProcessAsync(current);
        Assert.False(await RenewAsync(current));
        var item = Assert.Single((await client.WaitForJobAsync(jobId, TimeSpan.Zero)).GetProperty("items").EnumerateArray());
        await AssertStoredOnceAsync(client, marker, item.GetProperty("articleId").GetInt32());
    }

    [Fact]
    public async Task ItemWhoseWorkersKeepDying_IsFailedAfterTheLastAttempt()
    {
        var client = factory.CreateClient();
        var (marker, jobId) = await PostOneAsync(client, withUrl: false);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var dead = await LeaseAsync();
            Assert.NotNull(dead);
            Assert.Equal(attempt, dead.Attempts);
            await ExpireLeaseAsync(dead.Id);
        }

        Assert.True(await ProcessNextAsync());

        var job = await client.WaitForJobAsync(jobId, TimeSpan.Zero);
        Assert.Equal(1, job.GetProperty("failed").GetInt32());
        var item = Assert.Single(job.GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("errors").TryGetProperty("processing", out _));
        var stored = await client.GetJsonAsync($"/api/articles?q={marker}");
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }

    private static async Task<(string Marker, int JobId)> PostOneAsync(HttpClient client, bool withUrl)
    {
        var marker = ApiClient.Unique("lease");
        var url = withUrl ? $"https://tests.example/{marker}" : null;
        var response = await client.PostBatchAsync(new { title = $"{marker} headline", body = $"{marker}: Orla Wendt said the harbour would reopen.", url });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (marker, (await response.ReadJsonAsync()).GetProperty("id").GetInt32());
    }

    private static async Task AssertStoredOnceAsync(HttpClient client, string marker, int articleId)
    {
        var stored = await client.GetJsonAsync($"/api/articles?q={marker}");
        Assert.Equal(1, stored.GetProperty("totalCount").GetInt32());
        Assert.Equal(articleId, Assert.Single(stored.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
    }

    private async Task<LeasedIngestionItem?> LeaseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionQueue>().LeaseAsync(CancellationToken.None);
    }

    private async Task<bool> ProcessNextAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionItemProcessor>().ProcessNextAsync(CancellationToken.None);
    }

    /// <summary>Each call in a scope of its own, as two workers would run it.</summary>
    private async Task ProcessAsync(LeasedIngestionItem lease)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IngestionItemProcessor>().ProcessAsync(lease, CancellationToken.None);
    }

    private async Task<bool> RenewAsync(LeasedIngestionItem lease)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionQueue>().RenewAsync(lease, CancellationToken.None);
    }

    private async Task<DateTime?> LeasedUntilAsync(int itemId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return await db.IngestionItems.Where(i => i.Id == itemId).Select(i => i.LeasedUntil).SingleAsync();
    }

    /// <summary>What the clock does to the lease of a worker that died: it ends.</summary>
    private async Task ExpireLeaseAsync(int itemId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var past = DateTime.UtcNow.AddMinutes(-1);
        await db.IngestionItems.Where(i => i.Id == itemId && i.Status == IngestionItemStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeasedUntil, past));
    }

    private async Task<int> AttemptsAsync(int itemId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return await db.IngestionItems.Where(i => i.Id == itemId).Select(i => i.Attempts).SingleAsync();
    }
}
