using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Statements;

/// <summary>The columns a quote or claim response needs, read in one projection, and the article bodies its spans are cut from afterwards.</summary>
internal static class StatementProjections
{
    public static readonly Expression<Func<Quote, QuoteRow>> Quote = q => new QuoteRow(
        q.Id, q.ArticleId, q.Text, q.Start, q.End, q.CueStart, q.CueEnd,
        q.SpeakerEntityId, q.SpeakerName, q.SpeakerStart, q.SpeakerEnd, q.SpeakerIsGroup);

    public static readonly Expression<Func<Claim, ClaimRow>> Claim = c => new ClaimRow(
        c.Id, c.ArticleId, c.Text, c.Start, c.End, c.CueStart, c.CueEnd,
        c.ClaimantEntityId, c.ClaimantName, c.ClaimantStart, c.ClaimantEnd, c.ClaimantIsGroup, c.CheckWorthiness,
        c.Quantities.OrderBy(x => x.Start).Select(x => new QuantityResponse(x.Text, x.Start, x.End, x.Value, x.Unit, x.Approximation)).ToList());

    /// <summary>
    /// The quotes whose speaker is the entity, alone or as one of a coordinated subject: the ids of the two read apart
    /// (by the speaker's index, and by the few coordinated subjects') and joined by a UNION. Written as one condition
    /// with an OR, both databases read every quote of the corpus (issue 16); a UNION of whole rows compared every column.
    /// </summary>
    public static IQueryable<Quote> SpokenBy(this IQueryable<Quote> quotes, int entityId)
    {
        var ids = quotes.SpokenAloneBy(entityId).Select(q => q.Id).Union(quotes.SpokenInGroupBy(entityId).Select(q => q.Id));
        return quotes.Where(q => ids.Contains(q.Id));
    }

    /// <summary>The claims whose claimant is the entity, alone or as one of a coordinated subject, read as <see cref="SpokenBy"/> reads quotes.</summary>
    public static IQueryable<Claim> ClaimedBy(this IQueryable<Claim> claims, int entityId)
    {
        var ids = claims.ClaimedAloneBy(entityId).Select(c => c.Id).Union(claims.ClaimedInGroupBy(entityId).Select(c => c.Id));
        return claims.Where(c => ids.Contains(c.Id));
    }

    /// <summary>
    /// The ids of the first <paramref name="count"/> quotes of <see cref="SpokenBy"/> in the lists' order (newest article
    /// first, then by position), so that a first page costs a page, not every quote of the entity (issue 16). The quotes
    /// it speaks alone are read in that order from the speaker's index and stop at the count. Those of coordinated subjects
    /// naming it are found from its name mentions, newest first by their index, back to the article of the last quote read
    /// alone when it read the full count (none older can reach the page): for the most named people, a few articles.
    /// </summary>
    public static async Task<List<int>> LatestSpokenByAsync(this NewsDbContext db, int entityId, int count, CancellationToken cancellationToken)
    {
        var alone = await db.Quotes.AsNoTracking().SpokenAloneBy(entityId)
            .OrderByDescending(q => q.ArticleDate).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Start).Take(count)
            .Select(q => new StatementOrder(q.Id, q.ArticleDate, q.ArticleId, q.Start)).ToListAsync(cancellationToken);
        var inGroup = await NamesSince(db, entityId, alone.Count == count ? alone[^1] : null)
            .Join(db.Quotes.Where(q => q.SpeakerIsGroup), m => m.ArticleId, q => q.ArticleId, (m, q) => new { m, q })
            .Where(x => x.m.Start >= x.q.SpeakerStart && x.m.End <= x.q.SpeakerEnd)
            .Select(x => new StatementOrder(x.q.Id, x.q.ArticleDate, x.q.ArticleId, x.q.Start)).ToListAsync(cancellationToken);
        return StatementOrder.Merge(alone, inGroup, count);
    }

    /// <summary>The ids of the first <paramref name="count"/> claims of <see cref="ClaimedBy"/>, read as <see cref="LatestSpokenByAsync"/> reads quotes.</summary>
    public static async Task<List<int>> LatestClaimedByAsync(this NewsDbContext db, int entityId, int count, CancellationToken cancellationToken)
    {
        var alone = await db.Claims.AsNoTracking().ClaimedAloneBy(entityId)
            .OrderByDescending(c => c.ArticleDate).ThenByDescending(c => c.ArticleId).ThenBy(c => c.Start).Take(count)
            .Select(c => new StatementOrder(c.Id, c.ArticleDate, c.ArticleId, c.Start)).ToListAsync(cancellationToken);
        var inGroup = await NamesSince(db, entityId, alone.Count == count ? alone[^1] : null)
            .Join(db.Claims.Where(c => c.ClaimantIsGroup), m => m.ArticleId, c => c.ArticleId, (m, c) => new { m, c })
            .Where(x => x.m.Start >= x.c.ClaimantStart && x.m.End <= x.c.ClaimantEnd)
            .Select(x => new StatementOrder(x.c.Id, x.c.ArticleDate, x.c.ArticleId, x.c.Start)).ToListAsync(cancellationToken);
        return StatementOrder.Merge(alone, inGroup, count);
    }

    /// <summary>The entity's name mentions (those a coordinated subject is made of) in articles no older than <paramref name="oldest"/>'s, if given.</summary>
    private static IQueryable<Mention> NamesSince(NewsDbContext db, int entityId, StatementOrder? oldest)
    {
        var names = db.Mentions.AsNoTracking().Where(m => m.EntityId == entityId && m.Kind == MentionKind.Name);
        return oldest is null
            ? names
            : names.Where(m => m.ArticleDate > oldest.ArticleDate || (m.ArticleDate == oldest.ArticleDate && m.ArticleId >= oldest.ArticleId));
    }

    private static IQueryable<Quote> SpokenAloneBy(this IQueryable<Quote> quotes, int entityId) =>
        quotes.Where(q => q.SpeakerEntityId == entityId);

    private static IQueryable<Quote> SpokenInGroupBy(this IQueryable<Quote> quotes, int entityId) =>
        quotes.Where(q => q.SpeakerIsGroup && q.Article!.Mentions.Any(m =>
            m.EntityId == entityId && m.Kind == MentionKind.Name && m.Start >= q.SpeakerStart && m.End <= q.SpeakerEnd));

    private static IQueryable<Claim> ClaimedAloneBy(this IQueryable<Claim> claims, int entityId) =>
        claims.Where(c => c.ClaimantEntityId == entityId);

    private static IQueryable<Claim> ClaimedInGroupBy(this IQueryable<Claim> claims, int entityId) =>
        claims.Where(c => c.ClaimantIsGroup && c.Article!.Mentions.Any(m =>
            m.EntityId == entityId && m.Kind == MentionKind.Name && m.Start >= c.ClaimantStart && m.End <= c.ClaimantEnd));

    /// <summary>A statement's place in the lists' order.</summary>
    private sealed record StatementOrder(int Id, DateTime ArticleDate, int ArticleId, int Start)
    {
        public static List<int> Merge(List<StatementOrder> alone, List<StatementOrder> inGroup, int count) =>
            alone.Concat(inGroup)
                .DistinctBy(s => s.Id)
                .OrderByDescending(s => s.ArticleDate)
                .ThenByDescending(s => s.ArticleId)
                .ThenBy(s => s.Start)
                .ThenBy(s => s.Id)
                .Take(count)
                .Select(s => s.Id)
                .ToList();
    }

    /// <summary>
    /// The speaker where the text marks one or a user named one. A speaker resolved to no entity ("a spokesman", a
    /// pronoun the text does not settle) has no name: its words are in the mention. A speaker a user gave a quote the
    /// text names nobody for has an entity and no mention. A coordinated subject has its members.
    /// </summary>
    internal static SpeakerResponse? SpeakerOf(
        string body, int? entityId, string? name, int? start, int? end, IReadOnlyList<SpeakerMemberResponse> members)
    {
        var mention = SpanResponse.Of(body, start, end);
        if (members.Count > 0)
        {
            return new SpeakerResponse(null, null, mention, members);
        }

        if (entityId is null)
        {
            return mention is null ? null : new SpeakerResponse(null, null, mention);
        }

        return new SpeakerResponse(entityId, name, mention);
    }

    /// <summary>Bodies (to cut spans from) and titles of the statements' articles, read once.</summary>
    internal static async Task<Dictionary<int, (string Body, ArticleRefResponse Ref)>> ArticlesOfAsync(
        NewsDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        var rows = await db.Articles.AsNoTracking()
            .Where(a => distinct.Contains(a.Id))
            .Select(a => new { a.Id, a.Body, a.Title, a.PublishedAt })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(a => a.Id, a => (a.Body, new ArticleRefResponse(a.Id, a.Title, a.PublishedAt)));
    }
}
