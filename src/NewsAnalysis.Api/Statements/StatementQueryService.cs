using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;
using NewsAnalysis.Infrastructure.Search;

namespace NewsAnalysis.Api.Statements;

/// <summary>Lists quotes and claims across articles: who said what, who claims what.</summary>
public sealed class StatementQueryService(NewsDbContext db, IFullTextSearch search)
{
    public async Task<PagedResponse<QuoteListItemResponse>> ListQuotesAsync(QuoteListQuery query, CancellationToken cancellationToken)
    {
        var (total, rows) = query.SpeakerId is { } speaker && query.ArticleId is null && string.IsNullOrWhiteSpace(query.Speaker)
            && string.IsNullOrWhiteSpace(query.Source) && query.From is null && query.To is null && string.IsNullOrWhiteSpace(query.Q)
                ? await SpeakerQuotesAsync(speaker, query, cancellationToken)
                : await FilteredQuotesAsync(query, cancellationToken);
        var highlights = await HighlightAsync(SearchTarget.Quotes, query.Q, rows.Select(r => r.Id), cancellationToken);
        var articles = await StatementProjections.ArticlesOfAsync(db, rows.Select(r => r.ArticleId), cancellationToken);
        var groups = await SpeakerGroups.LoadAsync(db, rows.Where(r => r.SpeakerIsGroup).Select(r => r.ArticleId), cancellationToken);
        var items = rows.Select(r =>
        {
            var article = articles[r.ArticleId];
            var quote = r.ToResponse(article.Body, groups);
            return new QuoteListItemResponse(
                quote.Id, quote.Text, quote.Start, quote.End, quote.Cue, quote.Speaker, article.Ref, highlights.GetValueOrDefault(quote.Id));
        }).ToList();
        return new PagedResponse<QuoteListItemResponse>(items, query.Page, query.PageSize, total);
    }

    public async Task<PagedResponse<ClaimListItemResponse>> ListClaimsAsync(ClaimListQuery query, CancellationToken cancellationToken)
    {
        var (total, pageIds) = query.ClaimantId is { } claimant && query.ArticleId is null && string.IsNullOrWhiteSpace(query.Claimant)
            && string.IsNullOrWhiteSpace(query.Source) && query.From is null && query.To is null && query.HasQuantity is null
            && query.MinCheckWorthiness is null && string.IsNullOrWhiteSpace(query.Q) && query.Sort != "checkworthiness"
                ? await ClaimantPageAsync(claimant, query, cancellationToken)
                : await FilteredClaimPageAsync(query, cancellationToken);
        var position = pageIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var rows = (await db.Claims.AsNoTracking()
                .Where(c => pageIds.Contains(c.Id))
                .Select(StatementProjections.Claim)
                .ToListAsync(cancellationToken))
            .OrderBy(r => position[r.Id])
            .ToList();
        var highlights = await HighlightAsync(SearchTarget.Claims, query.Q, rows.Select(r => r.Id), cancellationToken);
        var articles = await StatementProjections.ArticlesOfAsync(db, rows.Select(r => r.ArticleId), cancellationToken);
        var groups = await SpeakerGroups.LoadAsync(db, rows.Where(r => r.ClaimantIsGroup).Select(r => r.ArticleId), cancellationToken);
        var items = rows.Select(r =>
        {
            var article = articles[r.ArticleId];
            var claim = r.ToResponse(article.Body, groups);
            return new ClaimListItemResponse(
                claim.Id, claim.Text, claim.Start, claim.End, claim.Cue, claim.Claimant, claim.Quantities, claim.CheckWorthiness, article.Ref,
                highlights.GetValueOrDefault(claim.Id));
        }).ToList();
        return new PagedResponse<ClaimListItemResponse>(items, query.Page, query.PageSize, total);
    }

    /// <summary>One quote as the lists show it, or null when there is no such quote.</summary>
    public async Task<QuoteListItemResponse?> GetQuoteAsync(int id, CancellationToken cancellationToken)
    {
        var row = await db.Quotes.AsNoTracking().Where(q => q.Id == id).Select(StatementProjections.Quote).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var (body, article) = (await StatementProjections.ArticlesOfAsync(db, [row.ArticleId], cancellationToken))[row.ArticleId];
        var quote = row.ToResponse(body, await SpeakerGroups.LoadAsync(db, row.SpeakerIsGroup ? [row.ArticleId] : [], cancellationToken));
        return new QuoteListItemResponse(quote.Id, quote.Text, quote.Start, quote.End, quote.Cue, quote.Speaker, article);
    }

    /// <summary>One claim as the lists show it, or null when there is no such claim.</summary>
    public async Task<ClaimListItemResponse?> GetClaimAsync(int id, CancellationToken cancellationToken)
    {
        var row = await db.Claims.AsNoTracking().Where(c => c.Id == id).Select(StatementProjections.Claim).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var (body, article) = (await StatementProjections.ArticlesOfAsync(db, [row.ArticleId], cancellationToken))[row.ArticleId];
        var claim = row.ToResponse(body, await SpeakerGroups.LoadAsync(db, row.ClaimantIsGroup ? [row.ArticleId] : [], cancellationToken));
        return new ClaimListItemResponse(
            claim.Id, claim.Text, claim.Start, claim.End, claim.Cue, claim.Claimant, claim.Quantities, claim.CheckWorthiness, article);
    }

    private async Task<Dictionary<int, string>> HighlightAsync(SearchTarget target, string? query, IEnumerable<int> ids, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(query) ? [] : await search.HighlightAsync(target, query, ids.ToList(), cancellationToken);

    private async Task<(int Total, List<QuoteRow> Rows)> FilteredQuotesAsync(QuoteListQuery query, CancellationToken cancellationToken)
    {
        var quotes = db.Quotes.AsNoTracking();
        if (query.SpeakerId is { } speakerId)
        {
            quotes = quotes.SpokenBy(speakerId);
        }

        if (query.ArticleId is { } articleId)
        {
            quotes = quotes.Where(q => q.ArticleId == articleId);
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            var words = query.Speaker.Trim().ToLower();
            quotes = quotes.Where(q => q.SpeakerEntity!.Name.ToLower().Contains(words) || q.SpeakerName!.ToLower().Contains(words));
        }

        quotes = quotes.FromSourceAndPeriod(q => q.Article!, query.Source, query.From, query.To);

        var total = 0;
        IQueryable<Quote> page;
        if (string.IsNullOrWhiteSpace(query.Q))
        {
            total = await quotes.CountAsync(cancellationToken);
            page = quotes
                .OrderByDescending(x => x.ArticleDate)
                .ThenByDescending(x => x.ArticleId)
                .ThenBy(x => x.Start);
        }
        else
        {
            var ranked = quotes.Join(search.Match(SearchTarget.Quotes, query.Q), x => x.Id, h => h.Id, (x, h) => new { Quote = x, h.Rank });
            total = await ranked.CountAsync(cancellationToken);
            page = ranked.OrderByDescending(x => x.Rank).ThenByDescending(x => x.Quote.Id).Select(x => x.Quote);
        }

        var rows = await page
            .Skip(query.ItemsBefore())
            .Take(query.PageSize)
            .Select(StatementProjections.Quote)
            .ToListAsync(cancellationToken);
        return (total, rows);
    }

    /// <summary>
    /// An entity's quotes with no other filter, as its page asks for them: the total is the entity's kept count and the
    /// page is read from the speaker's index as far as the page goes (<see cref="StatementProjections.LatestSpokenByAsync"/>).
    /// </summary>
    private async Task<(int Total, List<QuoteRow> Rows)> SpeakerQuotesAsync(int speaker, QuoteListQuery query, CancellationToken cancellationToken)
    {
        var total = await db.Entities.Where(e => e.Id == speaker).Select(e => e.QuoteCount).FirstOrDefaultAsync(cancellationToken);
        var before = query.ItemsBefore();
        if (before >= total)
        {
            return (total, []);
        }

        var ids = (await db.LatestSpokenByAsync(speaker, before + Math.Min(query.PageSize, total - before), cancellationToken)).Skip(before).ToList();
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var rows = await db.Quotes.AsNoTracking().Where(q => ids.Contains(q.Id)).Select(StatementProjections.Quote).ToListAsync(cancellationToken);
        return (total, rows.OrderBy(r => position[r.Id]).ToList());
    }

    /// <summary>The claims' total and the ids of the page, in order.</summary>
    private async Task<(int Total, List<int> PageIds)> FilteredClaimPageAsync(ClaimListQuery query, CancellationToken cancellationToken)
    {
        var claims = db.Claims.AsNoTracking();
        if (query.ClaimantId is { } claimantId)
        {
            claims = claims.ClaimedBy(claimantId);
        }

        if (query.ArticleId is { } articleId)
        {
            claims = claims.Where(c => c.ArticleId == articleId);
        }

        if (!string.IsNullOrWhiteSpace(query.Claimant))
        {
            var words = query.Claimant.Trim().ToLower();
            claims = claims.Where(c => c.ClaimantEntity!.Name.ToLower().Contains(words) || c.ClaimantName!.ToLower().Contains(words));
        }

        claims = claims.FromSourceAndPeriod(c => c.Article!, query.Source, query.From, query.To);

        if (query.HasQuantity is { } hasQuantity)
        {
            // A plain EXISTS or NOT EXISTS, not EXISTS compared with a parameter, which the planners cannot simplify.
            claims = hasQuantity ? claims.Where(c => c.Quantities.Any()) : claims.Where(c => !c.Quantities.Any());
        }

        if (query.MinCheckWorthiness is { } min)
        {
            claims = claims.Where(c => c.CheckWorthiness >= min);
        }

        int total;
        IQueryable<Claim> ordered;
        if (query.Sort == "checkworthiness" || string.IsNullOrWhiteSpace(query.Q))
        {
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                claims = claims.Where(c => search.Match(SearchTarget.Claims, query.Q).Any(h => h.Id == c.Id));
            }

            // Claims with a quantity and nothing else asked: counted from the quantities' index (450,000 claims at 100,000
            // articles) instead of testing every claim of the corpus for a quantity (2.5 s of CPU there, issue 16).
            var onlyWithQuantity = query.HasQuantity == true && query.ClaimantId is null && query.ArticleId is null
                && string.IsNullOrWhiteSpace(query.Claimant) && string.IsNullOrWhiteSpace(query.Source) && query.From is null
                && query.To is null && query.MinCheckWorthiness is null && string.IsNullOrWhiteSpace(query.Q);
            total = onlyWithQuantity
                ? await db.Quantities.Select(x => x.ClaimId).Distinct().CountAsync(cancellationToken)
                : await claims.CountAsync(cancellationToken);
            ordered = query.Sort == "checkworthiness"
                ? claims.OrderByDescending(c => c.CheckWorthiness ?? -1).ThenBy(c => c.Id)
                : claims.OrderByDescending(c => c.ArticleDate).ThenByDescending(c => c.ArticleId).ThenBy(c => c.Start);
        }
        else
        {
            var ranked = claims.Join(search.Match(SearchTarget.Claims, query.Q), c => c.Id, h => h.Id, (c, h) => new { Claim = c, h.Rank });
            total = await ranked.CountAsync(cancellationToken);
            ordered = ranked.OrderByDescending(x => x.Rank).ThenByDescending(x => x.Claim.Id).Select(x => x.Claim);
        }

        // Ids first, then the rows: a claim's quantities cannot be projected across a join with search hits.
        var pageIds = await ordered.Skip(query.ItemsBefore()).Take(query.PageSize).Select(c => c.Id).ToListAsync(cancellationToken);
        return (total, pageIds);
    }

    /// <summary>
    /// An entity's claims with no other filter, as its page asks for them: the total is the entity's kept count and the
    /// page is read from the claimant's index as far as the page goes (<see cref="StatementProjections.LatestClaimedByAsync"/>).
    /// </summary>
    private async Task<(int Total, List<int> PageIds)> ClaimantPageAsync(int claimant, ClaimListQuery query, CancellationToken cancellationToken)
    {
        var total = await db.Entities.Where(e => e.Id == claimant).Select(e => e.ClaimCount).FirstOrDefaultAsync(cancellationToken);
        var before = query.ItemsBefore();
        if (before >= total)
        {
            return (total, []);
        }

        var ids = await db.LatestClaimedByAsync(claimant, before + Math.Min(query.PageSize, total - before), cancellationToken);
        return (total, ids.Skip(before).ToList());
    }
}
