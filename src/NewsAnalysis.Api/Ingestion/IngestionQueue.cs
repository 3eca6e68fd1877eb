using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// The ingestion queue in the database: claims with a lease, and outcomes that only the current claim may
/// record (its attempt count is the fencing token). See docs/decisions/0004-ingestion-queue.md.
/// </summary>
public sealed class IngestionQueue(NewsDbContext db, TimeProvider clock, IOptions<IngestionOptions> options)
{
    // The status words are literals, not parameters, so that PostgreSQL sees the query only wants rows of
    // the partial index of open items. A cancelled item is neither queued nor running, so no claim takes it.
    private const string ClaimHead = """
        UPDATE "IngestionItems"
        SET "Status" = 'Running', "Attempts" = "Attempts" + 1, "LeasedUntil" = {0}
        WHERE "Id" = (
            SELECT "Id" FROM "IngestionItems"
            WHERE "Status" = 'Queued' OR ("Status" = 'Running' AND "LeasedUntil" < {1})
            ORDER BY "Id"
            LIMIT 1
        """;

    private const string ClaimTail = """

        )
        RETURNING "Id", "JobId", "Index", "Attempts", "Payload"
        """;

    // SQLite has one writer at a time, so the single UPDATE ... RETURNING is atomic as it stands.
    private const string ClaimSqlite = ClaimHead + ClaimTail;

    // SKIP LOCKED lets concurrent workers, in any replica, pass over an item that another one is claiming or
    // completing instead of waiting for it; the row lock makes two claims of one item impossible.
    private const string ClaimPostgres = ClaimHead + "\n    FOR UPDATE SKIP LOCKED" + ClaimTail;

    /// <summary>
    /// Claims the oldest item that is queued or whose lease has expired, or returns null when there is none.
    /// The claim counts as an attempt even when the worker dies before it records anything.
    /// </summary>
    public async Task<ClaimedIngestionItem?> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leasedUntil = now + options.Value.LeaseDuration;

        var sql = db.Database.IsNpgsql() ? ClaimPostgres : ClaimSqlite;
        var claimed = await db.Database.SqlQueryRaw<ClaimedIngestionItem>(sql, leasedUntil, now).ToListAsync(cancellationToken);
        return claimed.FirstOrDefault();
    }

    /// <summary>
    /// Records the claim's final outcome; false when the claim no longer holds the item. Inside a transaction
    /// the row stays locked until commit, so a competing claim cannot take it meanwhile.
    /// </summary>
    public async Task<bool> CompleteAsync(
        ClaimedIngestionItem claim, IngestionItemStatus status, int? articleId, string? errors, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // A stored or duplicate item's request lives on in the article; a failed one keeps it for a look.
        var keepPayload = status == IngestionItemStatus.Failed;
        var updated = await HeldBy(claim).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(i => i.Status, status)
                .SetProperty(i => i.ArticleId, articleId)
                .SetProperty(i => i.Errors, errors)
                .SetProperty(i => i.CompletedAt, now)
                .SetProperty(i => i.LeasedUntil, (DateTime?)null)
                .SetProperty(i => i.Payload, i => keepPayload ? i.Payload : null),
            cancellationToken);
        return updated == 1;
    }

    /// <summary>
    /// Cancels, in one statement, every item of the job that no worker holds: queued ones, and running ones whose
    /// lease has expired (a claim could take those again). They become <see cref="IngestionItemStatus.Cancelled"/>,
    /// final like a failed item, with <c>CompletedAt</c> set. Returns how many items were cancelled.
    /// </summary>
    /// <remarks>
    /// An item held under a live lease is left to its claim, which records its outcome as usual. The statement
    /// and a claim cannot both win an item: on PostgreSQL whichever locks the row first changes it and the other
    /// re-reads it and passes over it; SQLite runs one at a time. A claim older than an expired lease then finds
    /// the item no longer running under its attempt count, so its outcome and its article are discarded
    /// (<see cref="CompleteAsync"/>).
    /// </remarks>
    public async Task<int> CancelJobAsync(int jobId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.IngestionItems
            .Where(i => i.JobId == jobId
                && (i.Status == IngestionItemStatus.Queued || (i.Status == IngestionItemStatus.Running && i.LeasedUntil < now)))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(i => i.Status, IngestionItemStatus.Cancelled)
                    .SetProperty(i => i.LeasedUntil, (DateTime?)null)
                    .SetProperty(i => i.CompletedAt, now),
                cancellationToken);
    }

    /// <summary>Puts the item back in the queue at once (shutdown, a failure worth retrying) instead of waiting for the lease.</summary>
    public async Task<bool> ReleaseAsync(ClaimedIngestionItem claim, CancellationToken cancellationToken)
    {
        var updated = await HeldBy(claim).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(i => i.Status, IngestionItemStatus.Queued)
                .SetProperty(i => i.LeasedUntil, (DateTime?)null),
            cancellationToken);
        return updated == 1;
    }

    private IQueryable<IngestionItem> HeldBy(ClaimedIngestionItem claim) =>
        db.IngestionItems.Where(i => i.Id == claim.Id && i.Status == IngestionItemStatus.Running && i.Attempts == claim.Attempts);
}
