using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// Claims a queue item and ingests its article. The article and the item's <c>stored</c> outcome commit in
/// one transaction, and only while the claim still holds the item, so an item is stored exactly once however
/// often it is claimed: by a worker that died, one whose lease ran out, or the same claim run twice.
/// </summary>
public sealed class IngestionItemProcessor(
    IngestionQueue queue,
    ArticleIngestionService ingestion,
    IOptions<IngestionOptions> options,
    ILogger<IngestionItemProcessor> logger)
{
    /// <summary>Claims and processes one item; false when the queue has nothing to claim.</summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        var claim = await queue.ClaimAsync(cancellationToken);
        if (claim is null)
        {
            return false;
        }

        await ProcessAsync(claim, cancellationToken);
        return true;
    }

    public async Task ProcessAsync(ClaimedIngestionItem claim, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        if (claim.Attempts > maxAttempts)
        {
            // Every earlier claim ended without an outcome: the article may be what kills the process.
            logger.LogWarning("Giving up on queue item {ItemId} of job {JobId} after {Attempts} claims", claim.Id, claim.JobId, claim.Attempts - 1);
            await queue.CompleteAsync(claim, IngestionItemStatus.Failed, null, Errors($"Processing did not finish in {maxAttempts} attempts."), cancellationToken);
            return;
        }

        if (ReadRequest(claim) is not { } request)
        {
            await queue.CompleteAsync(claim, IngestionItemStatus.Failed, null, Errors("The queued article could not be read."), cancellationToken);
            return;
        }

        try
        {
            var result = await ingestion.IngestAsync(request, (articleId, token) => RecordStoredAsync(claim, articleId, token), cancellationToken);
            if (!result.Created && !await queue.CompleteAsync(claim, IngestionItemStatus.Duplicate, result.ArticleId, null, cancellationToken))
            {
                logger.LogInformation("Queue item {ItemId} was finished by another claim; duplicate outcome dropped", claim.Id);
            }
        }
        catch (LeaseLostException)
        {
            logger.LogInformation("Queue item {ItemId} was finished or taken over by another claim; its article was discarded", claim.Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the item back now rather than after the lease.
            await queue.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            if (claim.Attempts < maxAttempts)
            {
                logger.LogWarning(exception, "Queue item {ItemId} failed on attempt {Attempt}; queued again", claim.Id, claim.Attempts);
                await queue.ReleaseAsync(claim, cancellationToken);
            }
            else
            {
                logger.LogError(exception, "Queue item {ItemId} of job {JobId} failed on its last attempt", claim.Id, claim.JobId);
                await queue.CompleteAsync(claim, IngestionItemStatus.Failed, null, Errors($"Processing failed in {maxAttempts} attempts."), cancellationToken);
            }
        }
    }

    private async Task RecordStoredAsync(ClaimedIngestionItem claim, int articleId, CancellationToken cancellationToken)
    {
        if (!await queue.CompleteAsync(claim, IngestionItemStatus.Stored, articleId, null, cancellationToken))
        {
            throw new LeaseLostException(claim.Id, claim.Attempts);
        }
    }

    private CreateArticleRequest? ReadRequest(ClaimedIngestionItem claim)
    {
        try
        {
            return claim.Payload is null ? null : JsonSerializer.Deserialize<CreateArticleRequest>(claim.Payload, JsonSerializerOptions.Web);
        }
        catch (JsonException exception)
        {
            logger.LogError(exception, "Queue item {ItemId} holds an unreadable payload", claim.Id);
            return null;
        }
    }

    private static string Errors(string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string[]> { ["processing"] = [message] });
}
