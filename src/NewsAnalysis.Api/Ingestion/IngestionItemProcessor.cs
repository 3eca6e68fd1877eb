using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Api.Fetching;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// Leases a queue item and ingests its article. The article and the item's <c>stored</c> outcome commit in
/// one transaction, and only while the lease still holds the item, so an item is stored exactly once however
/// often it is leased: by a worker that died, one whose lease ran out, or the same lease run twice. While
/// it works, it renews the lease every third of <c>Ingestion:LeaseDuration</c>, so only a worker that stopped
/// (a dead or frozen process) loses its item to another.
/// </summary>
public sealed class IngestionItemProcessor(
    IngestionQueue queue,
    ArticleIngestionService ingestion,
    UrlArticleIngestion urlIngestion,
    ArticlePageReader pages,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<IngestionOptions> options,
    ILogger<IngestionItemProcessor> logger)
{
    /// <summary>Leases and processes one item; false when the queue has nothing to lease.</summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        var lease = await queue.LeaseAsync(cancellationToken);
        if (lease is null)
        {
            return false;
        }

        await ProcessAsync(lease, cancellationToken);
        return true;
    }

    public async Task ProcessAsync(LeasedIngestionItem lease, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        if (lease.Attempts > maxAttempts)
        {
            // Every earlier lease ended without an outcome: the article may be what kills the process.
            logger.LogWarning("Giving up on queue item {ItemId} of job {JobId} after {Attempts} leases", lease.Id, lease.JobId, lease.Attempts - 1);
            await queue.CompleteAsync(lease, IngestionItemStatus.Failed, null, Errors($"Processing did not finish in {maxAttempts} attempts."), cancellationToken);
            return;
        }

        if (ReadRequest(lease) is not { } request)
        {
            await queue.CompleteAsync(lease, IngestionItemStatus.Failed, null, Errors("The queued article could not be read."), cancellationToken);
            return;
        }

        var reading = pages.Read(request);
        if (reading.Request is null)
        {
            // Reading the page again would find the same: the item fails at once, and its HTML is not kept.
            var reason = JsonSerializer.Serialize(new Dictionary<string, string[]> { [reading.Field!] = [$"{reading.Title} {reading.Detail}"] });
            await queue.CompleteAsync(lease, IngestionItemStatus.Failed, null, reason, cancellationToken, keepPayload: false);
            return;
        }

        request = reading.Request;
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keeping = KeepLeaseAsync(lease, renewal.Token);
        try
        {
            Func<int, CancellationToken, Task> record = (articleId, token) => RecordStoredAsync(lease, articleId, token);
            IngestionResult result;
            if (UrlPageReader.IsUrlAlone(request))
            {
                // A url alone is fetched here, by the worker; a page that cannot be used fails the item with the reason.
                var fetched = await urlIngestion.IngestAsync(request, record, cancellationToken);
                if (fetched.Failure is { } failure)
                {
                    await queue.CompleteAsync(lease, IngestionItemStatus.Failed, null, Errors("url", failure.ToString()), cancellationToken);
                    return;
                }

                result = fetched.Result!;
            }
            else
            {
                result = await ingestion.IngestAsync(request, record, cancellationToken);
            }

            if (!result.Created && !await queue.CompleteAsync(lease, IngestionItemStatus.Duplicate, result.ArticleId, null, cancellationToken))
            {
                logger.LogInformation("Queue item {ItemId} was finished by another lease; duplicate outcome dropped", lease.Id);
            }
        }
        catch (LeaseLostException)
        {
            logger.LogInformation("Queue item {ItemId} was finished or taken over by another lease; its article was discarded", lease.Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the item back now rather than after the lease.
            await queue.ReleaseAsync(lease, CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            if (lease.Attempts < maxAttempts)
            {
                logger.LogWarning(exception, "Queue item {ItemId} failed on attempt {Attempt}; queued again", lease.Id, lease.Attempts);
                await queue.ReleaseAsync(lease, cancellationToken);
            }
            else
            {
                logger.LogError(exception, "Queue item {ItemId} of job {JobId} failed on its last attempt", lease.Id, lease.JobId);
                await queue.CompleteAsync(lease, IngestionItemStatus.Failed, null, Errors($"Processing failed in {maxAttempts} attempts."), cancellationToken);
            }
        }
        finally
        {
            await renewal.CancelAsync();
            await keeping;
        }
    }

    /// <summary>
    /// Renews the lease until stopped or until the lease is lost. Renewals run in a scope of their own: the
    /// ingestion is using this scope's database context meanwhile. A lost lease is left for the commit's fence
    /// to find, which discards the article.
    /// </summary>
    private async Task KeepLeaseAsync(LeasedIngestionItem lease, CancellationToken stop)
    {
        var interval = options.Value.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, clock, stop);
                bool renewed;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    renewed = await scope.ServiceProvider.GetRequiredService<IngestionQueue>().RenewAsync(lease, stop);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database may be restarting; the next renewal tries again before the lease runs out.
                    logger.LogWarning(exception, "Renewing the lease of queue item {ItemId} failed", lease.Id);
                    continue;
                }

                if (!renewed)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The item's processing ended.
        }
    }

    private async Task RecordStoredAsync(LeasedIngestionItem lease, int articleId, CancellationToken cancellationToken)
    {
        if (!await queue.CompleteAsync(lease, IngestionItemStatus.Stored, articleId, null, cancellationToken))
        {
            throw new LeaseLostException(lease.Id, lease.Attempts);
        }
    }

    private CreateArticleRequest? ReadRequest(LeasedIngestionItem lease)
    {
        try
        {
            return lease.Payload is null ? null : JsonSerializer.Deserialize<CreateArticleRequest>(lease.Payload, JsonSerializerOptions.Web);
        }
        catch (JsonException exception)
        {
            logger.LogError(exception, "Queue item {ItemId} holds an unreadable payload", lease.Id);
            return null;
        }
    }

    private static string Errors(string message) => Errors("processing", message);

    private static string Errors(string field, string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string[]> { [field] = [message] });
}
