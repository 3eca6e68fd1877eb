using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Articles;

/// <summary>Removes an article with its findings, and the entities that no stored article names any more.</summary>
public sealed class ArticleDeletionService(NewsDbContext db, ILogger<ArticleDeletionService> logger)
{
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var named = await db.Mentions.Where(m => m.ArticleId == id)
            .Select(m => new NamedMention(m.EntityId, m.Kind, m.Text, m.Start, m.End))
            .ToListAsync(cancellationToken);
        var quotes = await db.Quotes.Where(q => q.ArticleId == id)
            .Select(q => new Attributed(true, q.SpeakerEntityId, q.SpeakerIsGroup, q.SpeakerStart, q.SpeakerEnd))
            .ToListAsync(cancellationToken);
        var claims = await db.Claims.Where(c => c.ArticleId == id)
            .Select(c => new Attributed(false, c.ClaimantEntityId, c.ClaimantIsGroup, c.ClaimantStart, c.ClaimantEnd))
            .ToListAsync(cancellationToken);
        var deleted = await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return false;
        }

        await EntityCounts.AddArticleAsync(db, named, [.. quotes, .. claims], -1, cancellationToken);

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
