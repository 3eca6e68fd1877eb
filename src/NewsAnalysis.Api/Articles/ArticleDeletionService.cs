using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Articles;

/// <summary>Removes an article with its findings, and the entities that no stored article names any more.</summary>
public sealed class ArticleDeletionService(NewsDbContext db, ILogger<ArticleDeletionService> logger)
{
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var named = await db.Mentions.Where(m => m.ArticleId == id)
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Count = g.Count(), ByName = g.Count(m => m.Kind == MentionKind.Name) })
            .ToListAsync(cancellationToken);
        var deleted = await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return false;
        }

        await EntityMentionCounts.AddAsync(db, named.Select(n => new MentionCountChange(n.EntityId, -n.Count, -n.ByName)), cancellationToken);

        var orphans = await db.Entities
            .Where(e => !e.Mentions.Any()
                && !db.Quotes.Any(q => q.SpeakerEntityId == e.Id)
                && !db.Claims.Any(c => c.ClaimantEntityId == e.Id))
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Deleted article {ArticleId} and {OrphanCount} entities no article names any more", id, orphans);
        return true;
    }
}
