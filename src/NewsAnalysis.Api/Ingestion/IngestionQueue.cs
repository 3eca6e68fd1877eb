using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// The ingestion queue in the database: a worker leases an item for a while, and only the current lease may
/// record its outcome (its attempt count is the fencing token). See docs/decisions/0004-ingestion-queue.md.
/// </summary>
public sealed class IngestionQueue(NewsDbContext db, TimeProvider clock, IOptions<IngestionOptions> options, DatabaseWriteGate writeGate)
{
    // The status words are literals, not parameters, so that the databases see the query only wants rows of the
    // partial index of open items; the first condition repeats that index's filter word for word, which SQLite needs
    // before it reads the index instead of every item the table keeps (finished jobs stay for days). A cancelled item
    // is neither queued nor running, so no lease takes it.
    private const string LeaseHead = """
        UPDATE "IngestionItems"
        SET "Status" = 'Running', "Attempts" = "Attempts" + 1, "LeasedUntil" = {0}
        WHERE "Id" = (
            SELECT "Id" FROM "IngestionItems"
            WHERE "Status" IN ('Queued', 'Running') AND ("Status" = 'Queued' OR ("Status" = 'Running' AND "LeasedUntil" < {1}))
            ORDER BY "Id"
            LIMIT 1
        """;

    private const string LeaseTail = """

        )
        RETURNING "Id", "JobId", "Index", "Attempts", "Payload"
        """;

    // SQLite has one writer at a time, so the single UPDATE ... RETURNING is atomic as it stands.
    internal const string LeaseSqlite = LeaseHead + LeaseTail;

    // SKIP LOCKED lets concurrent workers, in any replica, pass over an item that another one is leasing or
    // completing instead of waiting for it; the row lock makes two leases of one item impossible.
    internal const string LeasePostgres = LeaseHead + "\n    FOR UPDATE SKIP LOCKED" + LeaseTail;

    /// <summary>
    /// The items a lease may take, as the lease's SQL reads them: queued, or running under a lease that ended before
    /// <paramref name="now"/>. The first condition is the open-items index's filter, as in the SQL.
    /// </summary>
    internal static Expression<Func<IngestionItem, bool>> Leasable(DateTime now) =>
        i => (i.Status == IngestionItemStatus.Queued || i.Status == IngestionItemStatus.Running)
            && (i.Status == IngestionItemStatus.Queued || (i.Status == IngestionItemStatus.Running && i.LeasedUntil < now));

    /// <summary>
    /// Leases the oldest item that is queued or whose lease has expired, or returns null when there is none.
    /// The lease counts as an attempt even when the worker dies before it records anything.
    /// </summary>
    public async Task<LeasedIngestionItem?> LeaseAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leasedUntil = now + options.Value.LeaseDuration;

        // Idle workers poll: a read first, so that an empty queue costs no write (on SQLite a write waits for the
        // database's one writer, and held it up). The lease itself takes the write turn like an article does.
        if (!await db.IngestionItems.AnyAsync(Leasable(now), cancellationToken))
        {
            return null;
        }

        using var turn = await writeGate.EnterAsync(cancellationToken);
        var sql = db.Database.IsNpgsql() ? LeasePostgres : LeaseSqlite;
        var leased = await db.Database.SqlQueryRaw<LeasedIngestionItem>(sql, leasedUntil, now).ToListAsync(cancellationToken);
        return leased.FirstOrDefault();
    }

    /// <summary>
    /// Records the lease's final outcome; false when the lease no longer holds the item. Inside a transaction
    /// the row stays locked until commit, so a competing lease cannot take it meanwhile.
    /// </summary>
    /// <param name="keepPayload">False drops a failed item's request too: a posted page whose article could not be read.</param>
    public async Task<bool> CompleteAsync(
        LeasedIngestionItem lease, IngestionItemStatus status, int? articleId, string? errors, CancellationToken cancellationToken, bool keepPayload = true)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // A stored or duplicate item's request lives on in the article; a failed one keeps it for a look.
        keepPayload = keepPayload && status == IngestionItemStatus.Failed;
        var updated = await HeldBy(lease).ExecuteUpdateAsync(
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
    /// lease has expired (a worker could lease those again). They become <see cref="IngestionItemStatus.Cancelled"/>,
    /// final like a failed item, with <c>CompletedAt</c> set. Returns how many items were cancelled.
    /// </summary>
    /// <remarks>
    /// An item held under a live lease is left to its worker, which records its outcome as usual. The statement
    /// and a lease cannot both win an item: on PostgreSQL whichever locks the row first changes it and the other
    /// re-reads it and passes over it; SQLite runs one at a time. A worker whose lease expired then finds
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

    /// <summary>
    /// Extends a live lease by <c>Ingestion:LeaseDuration</c> from now, so that a worker busy on a long article
    /// keeps its item; false when the lease no longer holds the item (taken over, cancelled or final).
    /// </summary>
    public async Task<bool> RenewAsync(LeasedIngestionItem lease, CancellationToken cancellationToken)
    {
        DateTime? leasedUntil = clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration;
        var updated = await HeldBy(lease).ExecuteUpdateAsync(
            setters => setters.SetProperty(i => i.LeasedUntil, leasedUntil),
            cancellationToken);
        return updated == 1;
    }

    /// <summary>Puts the item back in the queue at once (shutdown, a failure worth retrying) instead of waiting for the lease.</summary>
    public async Task<bool> ReleaseAsync(LeasedIngestionItem lease, CancellationToken cancellationToken)
    {
        var updated = await HeldBy(lease).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(i => i.Status, IngestionItemStatus.Queued)
                .SetProperty(i => i.LeasedUntil, (DateTime?)null),
            cancellationToken);
        return updated == 1;
    }

    private IQueryable<IngestionItem> HeldBy(LeasedIngestionItem lease) =>
        db.IngestionItems.Where(i => i.Id == lease.Id && i.Status == IngestionItemStatus.Running && i.Attempts == lease.Attempts);
}
