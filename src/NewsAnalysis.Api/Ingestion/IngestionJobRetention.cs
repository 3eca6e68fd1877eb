using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// Deletes finished jobs once they are older than <c>Ingestion:FinishedJobRetention</c>, so the job and item
/// tables hold recent batches only. The stored articles are not touched.
/// </summary>
public sealed class IngestionJobRetention(
    NewsDbContext db,
    TimeProvider clock,
    IOptions<IngestionOptions> options,
    ILogger<IngestionJobRetention> logger)
{
    /// <summary>
    /// Deletes, in one statement, every job accepted before the retention whose items are all final; its items
    /// go with it (the foreign key cascades). Returns how many jobs were deleted.
    /// </summary>
    /// <remarks>
    /// Safe in any number of replicas at once: an item never leaves a final state and a job never gains items,
    /// so a job that the statement sees finished stays finished, and a job that another replica deleted first
    /// is simply not there. A job with an open item, however old, is kept until its item is final.
    /// </remarks>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var retention = options.Value.FinishedJobRetention;
        if (retention >= now - DateTime.MinValue)
        {
            return 0;
        }

        var cutoff = now - retention;
        var deleted = await db.IngestionJobs
            .Where(j => j.CreatedAt < cutoff
                && !j.Items.AsQueryable().Any(IngestionJobStatus.IsOpen))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {JobCount} finished ingestion jobs accepted before {Cutoff}", deleted, cutoff);
        }

        return deleted;
    }
}
