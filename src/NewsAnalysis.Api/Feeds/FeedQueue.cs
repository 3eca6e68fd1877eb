using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Feeds;

/// <summary>
/// Due feeds as a work queue in the database, leased like batch items (docs/decisions/0004-ingestion-queue.md): a
/// conditional UPDATE claims the earliest due feed that no live lease holds, so two replicas never poll one feed at
/// once; only the current lease (its lease count is the fencing token) may renew it or record the poll's outcome.
/// </summary>
public sealed class FeedQueue(NewsDbContext db, TimeProvider clock, IOptions<FeedOptions> options, DatabaseWriteGate writeGate)
{
    private const string LeaseHead = """
        UPDATE "Feeds"
        SET "LeasedUntil" = {0}, "Leases" = "Leases" + 1
        WHERE "Id" = (
            SELECT "Id" FROM "Feeds"
            WHERE "NextPollAt" <= {1} AND ("LeasedUntil" IS NULL OR "LeasedUntil" < {1})
            ORDER BY "NextPollAt"
            LIMIT 1
        """;

    private const string LeaseTail = """

        )
        RETURNING "Id", "Url", "PollMinutes", "ConsecutiveFailures", "Leases"
        """;

    // SQLite has one writer at a time, so the single UPDATE ... RETURNING is atomic as it stands; on PostgreSQL the
    // row lock makes two leases of one feed impossible, and SKIP LOCKED lets another poller take the next feed instead.
    private const string LeaseSqlite = LeaseHead + LeaseTail;
    private const string LeasePostgres = LeaseHead + "\n    FOR UPDATE SKIP LOCKED" + LeaseTail;

    /// <summary>Leases the earliest due feed that no live lease holds, or returns null when none is due.</summary>
    public async Task<LeasedFeed?> LeaseAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // A read first, so that polling while no feed is due costs no write; the lease takes the write turn.
        if (!await db.Feeds.AnyAsync(f => f.NextPollAt <= now && (f.LeasedUntil == null || f.LeasedUntil < now), cancellationToken))
        {
            return null;
        }

        using var turn = await writeGate.EnterAsync(cancellationToken);
        var sql = db.Database.IsNpgsql() ? LeasePostgres : LeaseSqlite;
        var leased = await db.Database.SqlQueryRaw<LeasedFeed>(sql, now + options.Value.LeaseDuration, now).ToListAsync(cancellationToken);
        return leased.FirstOrDefault();
    }

    /// <summary>Extends the lease by <c>Feeds:LeaseDuration</c> from now; false when it no longer holds the feed.</summary>
    public async Task<bool> RenewAsync(LeasedFeed lease, CancellationToken cancellationToken)
    {
        DateTime? leasedUntil = clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration;
        return await HeldBy(lease).ExecuteUpdateAsync(s => s.SetProperty(f => f.LeasedUntil, leasedUntil), cancellationToken) == 1;
    }

    /// <summary>Records a successful poll: the feed is due again in its poll interval, and its failures are forgiven.</summary>
    public async Task<bool> SucceededAsync(LeasedFeed lease, string? title, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = now.AddMinutes(lease.PollMinutes);
        return await HeldBy(lease).ExecuteUpdateAsync(
            s => s
                .SetProperty(f => f.Title, f => title ?? f.Title)
                .SetProperty(f => f.LastPolledAt, now)
                .SetProperty(f => f.NextPollAt, next)
                .SetProperty(f => f.ConsecutiveFailures, 0)
                .SetProperty(f => f.LeasedUntil, (DateTime?)null),
            cancellationToken) == 1;
    }

    /// <summary>
    /// Records a failed poll with its reason. The feed backs off: its wait doubles with every failure in a row, up to
    /// <c>Feeds:MaxBackoff</c>.
    /// </summary>
    public async Task<bool> FailedAsync(LeasedFeed lease, string error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var failures = lease.ConsecutiveFailures + 1;
        var next = now + Backoff(lease.PollMinutes, failures, options.Value.MaxBackoff);
        var message = error.Length <= FeedLimits.MaxErrorLength ? error : error[..FeedLimits.MaxErrorLength];
        return await HeldBy(lease).ExecuteUpdateAsync(
            s => s
                .SetProperty(f => f.LastPolledAt, now)
                .SetProperty(f => f.NextPollAt, next)
                .SetProperty(f => f.ConsecutiveFailures, failures)
                .SetProperty(f => f.LastError, message)
                .SetProperty(f => f.LastErrorAt, now)
                .SetProperty(f => f.LeasedUntil, (DateTime?)null),
            cancellationToken) == 1;
    }

    /// <summary>The wait after <paramref name="failures"/> failed polls in a row: the poll interval doubled for each, at most <paramref name="cap"/>.</summary>
    internal static TimeSpan Backoff(int pollMinutes, int failures, TimeSpan cap)
    {
        var minutes = pollMinutes * Math.Pow(2, Math.Min(failures, 20));
        return minutes >= cap.TotalMinutes ? cap : TimeSpan.FromMinutes(minutes);
    }

    private IQueryable<Feed> HeldBy(LeasedFeed lease) =>
        db.Feeds.Where(f => f.Id == lease.Id && f.Leases == lease.Leases && f.LeasedUntil != null);
}
