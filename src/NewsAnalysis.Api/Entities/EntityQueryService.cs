using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Entities;

/// <summary>Reads corpus-wide entities: their names, counts, articles and company.</summary>
public sealed class EntityQueryService(NewsDbContext db)
{
    private const int MaxAliases = 10;
    private const int MaxRelated = 10;
    private const int MaxArticles = 50;
    private const int MaxArticlesForCompany = 200;

    public async Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        await db.Entities.AnyAsync(e => e.Id == id, cancellationToken);

    public async Task<PagedResponse<EntitySummaryResponse>> ListAsync(EntityListQuery query, CancellationToken cancellationToken)
    {
        var entities = db.Entities.AsNoTracking().Where(e => e.MentionCount > 0);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToLower();
            entities = entities.Where(e => e.Name.ToLower().Contains(q) || db.EntityAliases.Any(a => a.EntityId == e.Id && a.Text.ToLower().Contains(q)));
        }

        if (query.Type is not null)
        {
            var type = Enum.Parse<EntityType>(query.Type, ignoreCase: true);
            entities = entities.Where(e => e.Type == type);
        }

        var total = await entities.CountAsync(cancellationToken);

        // The page first, in the order of an index (mentions are counted on write); quotes and claims are counted for its
        // rows only. Counting everything for every entity before sorting cost a second a request at 10,000 articles (issue 16).
        var ordered = query.Sort == "name"
            ? entities.OrderBy(e => e.Name).ThenBy(e => e.Id)
            : entities.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Name).ThenBy(e => e.Id);
        var pageIds = await ordered.Skip(query.ItemsBefore()).Take(query.PageSize).Select(e => e.Id).ToListAsync(cancellationToken);
        var rows = await EntityRowsAsync(pageIds, cancellationToken);
        var position = pageIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var aliases = await AliasesAsync(pageIds, cancellationToken);
        var items = rows.OrderBy(r => position[r.Id]).Select(r => new EntitySummaryResponse(
            r.Id, r.Name, r.Type.ToString(), AliasesOf(aliases, r.Id, r.Name), r.Articles, r.Mentions, r.Quotes, r.Claims)).ToList();
        return new PagedResponse<EntitySummaryResponse>(items, query.Page, query.PageSize, total);
    }

    public async Task<EntityDetailResponse?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var entity = (await EntityRowsAsync([id], cancellationToken)).SingleOrDefault();
        if (entity is null)
        {
            return null;
        }

        // Its latest articles, newest first, read from the index (entity, article date, article) as far as the page and
        // its company need: grouping every mention of the entity by article cost 84 ms of CPU for the most named person at
        // 10,515 articles (issue 16). How many articles name it in all is kept on write (ArticleCount).
        var latest = await db.Mentions.AsNoTracking()
            .Where(m => m.EntityId == id)
            .GroupBy(m => new { m.ArticleDate, m.ArticleId })
            .OrderByDescending(g => g.Key.ArticleDate)
            .ThenByDescending(g => g.Key.ArticleId)
            .Select(g => new { g.Key.ArticleId, Count = g.Count() })
            .Take(MaxArticlesForCompany)
            .ToListAsync(cancellationToken);
        var shown = latest.Take(MaxArticles).Select(a => a.ArticleId).ToList();
        var titles = await db.Articles.AsNoTracking()
            .Where(a => shown.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.PublishedAt })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var articles = latest.Take(MaxArticles)
            .Select(a => new EntityArticleResponse(a.ArticleId, titles[a.ArticleId].Title, titles[a.ArticleId].PublishedAt, a.Count))
            .ToList();

        // The company it keeps in its latest articles: reading every mention of every article that names a person the
        // corpus names daily grows with the corpus (half a second of CPU for the most named person at 10,000 articles).
        var articleIds = latest.Select(a => a.ArticleId).ToList();
        var related = await db.Mentions.AsNoTracking()
            .Where(m => m.EntityId != id && articleIds.Contains(m.ArticleId))
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Shared = g.Select(m => m.ArticleId).Distinct().Count(), Mentions = g.Count() })
            .OrderByDescending(g => g.Shared)
            .ThenByDescending(g => g.Mentions)
            .ThenBy(g => g.EntityId)
            .Take(MaxRelated)
            .Join(db.Entities, g => g.EntityId, e => e.Id, (g, e) => new { e.Id, e.Name, e.Type, g.Shared, g.Mentions })
            .ToListAsync(cancellationToken);

        var aliases = await AliasesAsync([id], cancellationToken);
        var links = await db.EntityLinks.AsNoTracking()
            .Where(l => l.EntityId == id)
            .OrderBy(l => l.CreatedAt)
            .ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);

        return new EntityDetailResponse(
            entity.Id,
            entity.Name,
            entity.Type.ToString(),
            AliasesOf(aliases, id, entity.Name),
            entity.Articles,
            entity.Mentions,
            entity.Quotes,
            entity.Claims,
            articles,
            related.OrderByDescending(r => r.Shared).ThenByDescending(r => r.Mentions).ThenBy(r => r.Id)
                .Select(r => new RelatedEntityResponse(r.Id, r.Name, r.Type.ToString(), r.Shared)).ToList(),
            links.Select(l => new EntityLinkResponse(l.Name, l.Type.ToString(), l.Reason, l.CreatedAt)).ToList());
    }

    /// <summary>
    /// The entities of <paramref name="ids"/> with their counts, kept on write (<see cref="EntityCounts"/>): the quotes
    /// and claims they speak count alone and as one of a coordinated subject, as the statement lists count them.
    /// </summary>
    private Task<List<EntityRow>> EntityRowsAsync(List<int> ids, CancellationToken cancellationToken) =>
        db.Entities.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new EntityRow(
                e.Id,
                e.Name,
                e.Type,
                e.ArticleCount,
                e.MentionCount,
                e.QuoteCount,
                e.ClaimCount))
            .ToListAsync(cancellationToken);

    private async Task<ILookup<int, (string Text, int Count)>> AliasesAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.EntityAliases.AsNoTracking()
            .Where(a => ids.Contains(a.EntityId))
            .Select(a => new { a.EntityId, a.Text, a.Count })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.EntityId, r => (r.Text, r.Count));
    }

    private static List<string> AliasesOf(ILookup<int, (string Text, int Count)> aliases, int id, string name) =>
        aliases[id]
            .Where(a => !string.Equals(a.Text, name, StringComparison.Ordinal))
            .OrderByDescending(a => a.Count)
            .ThenBy(a => a.Text, StringComparer.Ordinal)
            .Take(MaxAliases)
            .Select(a => a.Text)
            .ToList();

    /// <summary>An entity with the counts its list row and its page share.</summary>
    private sealed record EntityRow(int Id, string Name, EntityType Type, int Articles, int Mentions, int Quotes, int Claims);
}
