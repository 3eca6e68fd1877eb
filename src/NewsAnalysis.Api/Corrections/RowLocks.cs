using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Corrections;

/// <summary>
/// Reads the rows a correction changes, tracked, and on PostgreSQL locks them until the transaction ends, so that two
/// corrections of one entity, quote or claim run one after the other and the second sees what the first did. Entities
/// are locked in id order, so two merges of the same pair cannot deadlock. An ingestion that links a new mention to a
/// locked entity waits too, and retries against the corrected rows if the entity is gone. SQLite needs no lock: its
/// transactions write one at a time.
/// </summary>
internal static class RowLocks
{
    public static async Task<List<Entity>> EntitiesAsync(NewsDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var sorted = ids.Distinct().Order().ToArray();
        return db.Database.IsNpgsql()
            ? await db.Entities.FromSql($"""SELECT * FROM "Entities" WHERE "Id" = ANY({sorted}) ORDER BY "Id" FOR UPDATE""").ToListAsync(cancellationToken)
            : await db.Entities.Where(e => sorted.Contains(e.Id)).ToListAsync(cancellationToken);
    }

    public static async Task<Quote?> QuoteAsync(NewsDbContext db, int id, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? (await db.Quotes.FromSql($"""SELECT * FROM "Quotes" WHERE "Id" = {id} FOR UPDATE""").ToListAsync(cancellationToken)).SingleOrDefault()
            : await db.Quotes.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);

    public static async Task<Claim?> ClaimAsync(NewsDbContext db, int id, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? (await db.Claims.FromSql($"""SELECT * FROM "Claims" WHERE "Id" = {id} FOR UPDATE""").ToListAsync(cancellationToken)).SingleOrDefault()
            : await db.Claims.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
}
