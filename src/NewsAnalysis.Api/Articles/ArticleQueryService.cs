using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Statements;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;
using NewsAnalysis.Infrastructure.Search;

namespace NewsAnalysis.Api.Articles;

/// <summary>Reads articles and their analyses, projected straight into response records.</summary>
public sealed class ArticleQueryService(NewsDbContext db, IFullTextSearch search)
{
    public async Task<ArticleResponse?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Id, a.Title, a.Body, a.Url, a.Source, a.Author, a.PublishedAt, a.IngestedAt, a.ExtractorVersion })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        var body = article.Body;
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.ArticleId == id)
            .OrderBy(m => m.Start)
            .Select(m => new { m.EntityId, m.Start, m.End, m.Kind, m.Entity!.Name, m.Entity.Type })
            .ToListAsync(cancellationToken);
        var entities = mentions
            .GroupBy(m => m.EntityId)
            .Select(g => new ArticleEntityResponse(
                g.Key,
                g.First().Name,
                g.First().Type.ToString(),
                g.Select(m => MentionResponse.Of(body, m.Start, m.End, m.Kind)).ToList()))
            .ToList();

        var quoteRows = await db.Quotes.AsNoTracking()
            .Where(q => q.ArticleId == id)
            .OrderBy(q => q.Start)
            .Select(StatementProjections.Quote)
            .ToListAsync(cancellationToken);
        var claimRows = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Start)
            .Select(StatementProjections.Claim)
            .ToListAsync(cancellationToken);
        var hasGroups = quoteRows.Any(q => q.SpeakerIsGroup) || claimRows.Any(c => c.ClaimantIsGroup);
        var groups = await SpeakerGroups.LoadAsync(db, hasGroups ? [id] : [], cancellationToken);
        var quotes = quoteRows.Select(q => q.ToResponse(body, groups)).ToList();
        var claims = claimRows.Select(c => c.ToResponse(body, groups)).ToList();

        return new ArticleResponse(
            article.Id, article.Title, body, article.Url, article.Source, article.Author,
            article.PublishedAt, article.IngestedAt, article.ExtractorVersion, entities, quotes, claims);
    }

    public async Task<PagedResponse<ArticleSummaryResponse>> ListAsync(ArticleListQuery query, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        articles = articles.FromSourceAndPeriod(query.Source, query.From, query.To);

        if (query.EntityId is { } entityId)
        {
            articles = articles.Where(a => a.Mentions.Any(m => m.EntityId == entityId));
        }

        int total;
        List<ArticleSummaryResponse> items;
        if (string.IsNullOrWhiteSpace(query.Q))
        {
            total = await articles.CountAsync(cancellationToken);
            items = await articles
                .OrderByDescending(a => a.PublishedAt ?? a.IngestedAt)
                .ThenByDescending(a => a.Id)
                .Skip(query.ItemsBefore())
                .Take(query.PageSize)
                .Select(Summary)
                .ToListAsync(cancellationToken);
        }
        else
        {
            if (query.EntityId is null && string.IsNullOrWhiteSpace(query.Source) && query.From is null && query.To is null)
            {
                // The search alone: counted and ranked inside the full-text index, and only the page's articles read. Joined
                // with the articles first, a common word read most of the corpus's rows twice (295 ms of CPU for "said" at
                // 100,000 articles, issue 16).
                var hits = search.Match(SearchTarget.Articles, query.Q);
                total = await hits.CountAsync(cancellationToken);
                var pageIds = await hits.OrderByDescending(h => h.Rank).ThenByDescending(h => h.Id)
                    .Skip(query.ItemsBefore()).Take(query.PageSize).Select(h => h.Id).ToListAsync(cancellationToken);
                var position = pageIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
                items = (await articles.Where(a => pageIds.Contains(a.Id)).Select(Summary).ToListAsync(cancellationToken))
                    .OrderBy(a => position[a.Id])
                    .ToList();
            }
            else
            {
                var ranked = articles.Join(search.Match(SearchTarget.Articles, query.Q), a => a.Id, h => h.Id, (a, h) => new { Article = a, h.Rank });
                total = await ranked.CountAsync(cancellationToken);
                items = await ranked
                    .OrderByDescending(x => x.Rank)
                    .ThenByDescending(x => x.Article.Id)
                    .Skip(query.ItemsBefore())
                    .Take(query.PageSize)
                    .Select(x => x.Article)
                    .Select(Summary)
                    .ToListAsync(cancellationToken);
            }

            var highlights = await search.HighlightAsync(SearchTarget.Articles, query.Q, items.Select(a => a.Id).ToList(), cancellationToken);
            items = items.Select(a => a with { Highlight = highlights.GetValueOrDefault(a.Id) }).ToList();
        }

        return new PagedResponse<ArticleSummaryResponse>(items, query.Page, query.PageSize, total);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Article, ArticleSummaryResponse>> Summary = a => new ArticleSummaryResponse(
        a.Id, a.Title, a.Url, a.Source, a.Author, a.PublishedAt, a.IngestedAt,
        a.Mentions.Select(m => m.EntityId).Distinct().Count(),
        a.Quotes.Count,
        a.Claims.Count,
        null);
}
