using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Analysis;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;
using NewsAnalysis.Infrastructure.Search;

namespace NewsAnalysis.Api.Statements;

/// <summary>
/// Claims about the same thing that disagree: the full-text search picks the most relevant claims for
/// the words asked about, and <see cref="ClaimDisagreementFinder"/> compares them in memory.
/// </summary>
public sealed class ClaimDisagreementService(NewsDbContext db, IFullTextSearch search)
{
    /// <summary>The most relevant claims compared; the comparison is over every pair, so this bounds its cost.</summary>
    public const int MaxCandidates = 500;

    public async Task<PagedResponse<ClaimDisagreementResponse>> ListAsync(ClaimDisagreementQuery query, CancellationToken cancellationToken)
    {
        var claims = db.Claims.AsNoTracking();
        claims = claims.FromSourceAndPeriod(c => c.Article!, null, query.From, query.To);

        var candidateIds = await MostRelevantAsync(claims, query.Q!, cancellationToken);
        HashSet<int>? anchors = null;
        if (query.ArticleId is not null || query.ClaimantId is not null)
        {
            // The article's (or claimant's) own claims are always candidates, however they rank overall.
            var anchored = claims;
            if (query.ArticleId is { } articleId)
            {
                anchored = anchored.Where(c => c.ArticleId == articleId);
            }

            if (query.ClaimantId is { } claimantId)
            {
                anchored = anchored.ClaimedBy(claimantId);
            }

            anchors = [.. await MostRelevantAsync(anchored, query.Q!, cancellationToken)];
            candidateIds = [.. candidateIds.Union(anchors)];
        }

        var rows = await db.Claims.AsNoTracking()
            .Where(c => candidateIds.Contains(c.Id))
            .Select(StatementProjections.Claim)
            .ToListAsync(cancellationToken);
        var articles = await StatementProjections.ArticlesOfAsync(db, rows.Select(r => r.ArticleId), cancellationToken);
        var groups = await SpeakerGroups.LoadAsync(db, rows.Where(r => r.ClaimantIsGroup).Select(r => r.ArticleId), cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        var disagreements = ClaimDisagreementFinder.Find(rows.Select(r => Comparable(r, articles[r.ArticleId].Body)))
            .Where(d => anchors is null || anchors.Contains(d.FirstClaimId) || anchors.Contains(d.SecondClaimId))
            .ToList();
        var items = disagreements
            .Skip(query.ItemsBefore())
            .Take(query.PageSize)
            .Select(d => new ClaimDisagreementResponse(
                d.Kind == DisagreementKind.Numbers ? "numbers" : "polarity",
                d.Reason,
                d.SharedWords,
                d.Overlap,
                [Item(byId[d.FirstClaimId], articles, groups), Item(byId[d.SecondClaimId], articles, groups)]))
            .ToList();
        return new PagedResponse<ClaimDisagreementResponse>(items, query.Page, query.PageSize, disagreements.Count);
    }

    private async Task<List<int>> MostRelevantAsync(IQueryable<Claim> claims, string q, CancellationToken cancellationToken) =>
        await claims
            .Join(search.Match(SearchTarget.Claims, q), c => c.Id, h => h.Id, (c, h) => new { c.Id, h.Rank })
            .OrderByDescending(x => x.Rank)
            .ThenByDescending(x => x.Id)
            .Take(MaxCandidates)
            .Select(x => x.Id)
            .ToListAsync(cancellationToken);

    private static ComparableClaim Comparable(ClaimRow row, string body) => new(
        row.Id,
        row.ArticleId,
        row.Text,
        row.CueStart is { } start && row.CueEnd is { } end ? body[start..end] : null,
        row.ClaimantEntityId,
        row.ClaimantEntityId is null && row.ClaimantStart is { } from && row.ClaimantEnd is { } to ? body[from..to] : row.ClaimantName,
        [.. row.Quantities.Select(q => new ComparableQuantity(q.Text, q.Value, q.Unit, q.Approximation))]);

    private static ClaimListItemResponse Item(ClaimRow row, Dictionary<int, (string Body, ArticleRefResponse Ref)> articles, SpeakerGroups groups)
    {
        var (body, article) = articles[row.ArticleId];
        var claim = row.ToResponse(body, groups);
        return new ClaimListItemResponse(
            claim.Id, claim.Text, claim.Start, claim.End, claim.Cue, claim.Claimant, claim.Quantities, claim.CheckWorthiness, article);
    }
}
