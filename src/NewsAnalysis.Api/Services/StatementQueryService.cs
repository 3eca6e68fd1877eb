using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Services;

/// <summary>Lists quotes and claims across articles: who said what, who claims what.</summary>
public sealed class StatementQueryService(NewsDbContext db)
{
    public async Task<PagedResponse<QuoteListItemResponse>> ListQuotesAsync(QuoteListQuery query, CancellationToken cancellationToken)
    {
        var quotes = db.Quotes.AsNoTracking();
        if (query.SpeakerId is { } speakerId)
        {
            quotes = quotes.Where(q => q.SpeakerEntityId == speakerId);
        }

        if (query.ArticleId is { } articleId)
        {
            quotes = quotes.Where(q => q.ArticleId == articleId);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            quotes = quotes.Where(x => x.Text.Contains(q));
        }

        var total = await quotes.CountAsync(cancellationToken);
        var rows = await quotes
            .OrderByDescending(x => x.Article!.PublishedAt ?? x.Article.IngestedAt)
            .ThenByDescending(x => x.ArticleId)
            .ThenBy(x => x.Start)
            .Skip(query.Skip)
            .Take(query.PageSize)
            .Select(StatementProjections.Quote)
            .ToListAsync(cancellationToken);
        var articles = await ArticlesOfAsync(rows.Select(r => r.ArticleId), cancellationToken);
        var items = rows.Select(r =>
        {
            var article = articles[r.ArticleId];
            var quote = r.ToResponse(article.Body);
            return new QuoteListItemResponse(quote.Id, quote.Text, quote.Start, quote.End, quote.Cue, quote.Speaker, article.Ref);
        }).ToList();
        return new PagedResponse<QuoteListItemResponse>(items, query.Page, query.PageSize, total);
    }

    public async Task<PagedResponse<ClaimListItemResponse>> ListClaimsAsync(ClaimListQuery query, CancellationToken cancellationToken)
    {
        var claims = db.Claims.AsNoTracking();
        if (query.ClaimantId is { } claimantId)
        {
            claims = claims.Where(c => c.ClaimantEntityId == claimantId);
        }

        if (query.ArticleId is { } articleId)
        {
            claims = claims.Where(c => c.ArticleId == articleId);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            claims = claims.Where(c => c.Text.Contains(q));
        }

        if (query.HasQuantity is { } hasQuantity)
        {
            claims = claims.Where(c => c.Quantities.Any() == hasQuantity);
        }

        if (query.MinCheckWorthiness is { } min)
        {
            claims = claims.Where(c => c.CheckWorthiness >= min);
        }

        var total = await claims.CountAsync(cancellationToken);
        var ordered = query.Sort == "checkworthiness"
            ? claims.OrderByDescending(c => c.CheckWorthiness ?? -1).ThenBy(c => c.Id)
            : claims.OrderByDescending(c => c.Article!.PublishedAt ?? c.Article.IngestedAt).ThenByDescending(c => c.ArticleId).ThenBy(c => c.Start);
        var rows = await ordered
            .Skip(query.Skip)
            .Take(query.PageSize)
            .Select(StatementProjections.Claim)
            .ToListAsync(cancellationToken);
        var articles = await ArticlesOfAsync(rows.Select(r => r.ArticleId), cancellationToken);
        var items = rows.Select(r =>
        {
            var article = articles[r.ArticleId];
            var claim = r.ToResponse(article.Body);
            return new ClaimListItemResponse(
                claim.Id, claim.Text, claim.Start, claim.End, claim.Cue, claim.Claimant, claim.Quantities, claim.CheckWorthiness, article.Ref);
        }).ToList();
        return new PagedResponse<ClaimListItemResponse>(items, query.Page, query.PageSize, total);
    }

    /// <summary>Bodies and titles of the articles on one page, read once per page.</summary>
    private async Task<Dictionary<int, (string Body, ArticleRefResponse Ref)>> ArticlesOfAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        var rows = await db.Articles.AsNoTracking()
            .Where(a => distinct.Contains(a.Id))
            .Select(a => new { a.Id, a.Body, a.Title, a.PublishedAt })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(a => a.Id, a => (a.Body, new ArticleRefResponse(a.Id, a.Title, ArticleQueryService.AsUtc(a.PublishedAt))));
    }
}
