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
        var ids = quotes.Where(q => q.SpeakerEntityId == entityId).Select(q => q.Id)
            .Union(quotes.Where(q => q.SpeakerIsGroup && q.Article!.Mentions.Any(m =>
                m.EntityId == entityId && m.Kind == MentionKind.Name && m.Start >= q.SpeakerStart && m.End <= q.SpeakerEnd)).Select(q => q.Id));
        return quotes.Where(q => ids.Contains(q.Id));
    }

    /// <summary>The claims whose claimant is the entity, alone or as one of a coordinated subject, read as <see cref="SpokenBy"/> reads quotes.</summary>
    public static IQueryable<Claim> ClaimedBy(this IQueryable<Claim> claims, int entityId)
    {
        var ids = claims.Where(c => c.ClaimantEntityId == entityId).Select(c => c.Id)
            .Union(claims.Where(c => c.ClaimantIsGroup && c.Article!.Mentions.Any(m =>
                m.EntityId == entityId && m.Kind == MentionKind.Name && m.Start >= c.ClaimantStart && m.End <= c.ClaimantEnd)).Select(c => c.Id));
        return claims.Where(c => ids.Contains(c.Id));
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
