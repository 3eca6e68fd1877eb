using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Entities;

/// <summary>
/// The stored rows that make one entity another: used by a user's merge and by the linker when it settles a name the
/// corpus holds under two types.
/// </summary>
internal static class EntityRows
{
    /// <summary>
    /// Moves every mention, quote, claim and entity link of <paramref name="source"/> to <paramref name="target"/>, with
    /// the speaker and claimant names the quotes and claims carry. The source entity itself stays for the caller to delete.
    /// </summary>
    public static async Task<MovedRows> MoveAllAsync(NewsDbContext db, Entity source, Entity target, CancellationToken cancellationToken)
    {
        var mentions = await db.Mentions.Where(m => m.EntityId == source.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.EntityId, target.Id), cancellationToken);
        var quotes = await db.Quotes.Where(q => q.SpeakerEntityId == source.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerEntityId, target.Id).SetProperty(q => q.SpeakerName, target.Name), cancellationToken);
        var claims = await db.Claims.Where(c => c.ClaimantEntityId == source.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimantEntityId, target.Id).SetProperty(c => c.ClaimantName, target.Name), cancellationToken);
        var links = await db.EntityLinks.Where(l => l.EntityId == source.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.EntityId, target.Id), cancellationToken);
        await EntityCounts.RecountAsync(db, [source.Id, target.Id], cancellationToken);
        return new MovedRows(mentions, quotes, claims, links);
    }

    /// <summary>Makes later articles that write <paramref name="name"/> as <paramref name="type"/> join <paramref name="entity"/>, whatever the name was linked to before.</summary>
    public static async Task LinkNameAsync(
        NewsDbContext db, EntityType type, string name, Entity entity, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var link = await db.EntityLinks.SingleOrDefaultAsync(l => l.Type == type && l.Name == name, cancellationToken);
        if (link is null)
        {
            link = new EntityLink { Type = type, Name = name, Reason = reason };
            db.EntityLinks.Add(link);
        }

        link.EntityId = entity.Id;
        link.Reason = reason;
        link.CreatedAt = now;
    }
}

/// <summary>How many rows of each kind <see cref="EntityRows.MoveAllAsync"/> moved.</summary>
internal readonly record struct MovedRows(int Mentions, int Quotes, int Claims, int Links);
