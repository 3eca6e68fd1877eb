using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Statements;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Stats;

/// <summary>
/// Aggregates for the overview. The database groups and counts (by article, source or speaker, over the indexes on
/// ArticleId, Source and SpeakerEntityId); only the per-article counts of a timeline come back, at most one row per
/// article, and are put into weeks or months here, the same way on SQLite and PostgreSQL.
/// </summary>
public sealed class StatsQueryService(NewsDbContext db)
{
    /// <summary>Most steps a timeline has: about a century of weeks.</summary>
    public const int MaxSteps = 5_200;

    /// <summary>The timeline, or null when it would have more than <see cref="MaxSteps"/> steps.</summary>
    public async Task<TimelineResponse?> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var kind = query.Kind ?? "quotes";
        var interval = query.Interval ?? "month";
        var articles = Select(db.Articles.AsNoTracking(), query);

        IQueryable<int> articleIds;
        if (kind == "claims")
        {
            var claims = db.Claims.AsNoTracking();
            if (query.EntityId is { } claimant)
            {
                claims = claims.ClaimedBy(claimant);
            }

            articleIds = claims.Select(c => c.ArticleId);
        }
        else
        {
            var quotes = db.Quotes.AsNoTracking();
            if (query.EntityId is { } speaker)
            {
                quotes = quotes.SpokenBy(speaker);
            }

            articleIds = quotes.Select(q => q.ArticleId);
        }

        var perArticle = await articles
            .Join(articleIds.GroupBy(id => id).Select(g => new { ArticleId = g.Key, Count = g.Count() }), a => a.Id, g => g.ArticleId, (a, g) => new { Date = a.PublishedAt ?? a.IngestedAt, g.Count })
            .ToListAsync(cancellationToken);

        var counts = perArticle
            .GroupBy(r => StepStart(r.Date, interval))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var points = new List<TimelinePointResponse>();
        if (counts.Count > 0)
        {
            var last = counts.Keys.Max();
            for (var start = counts.Keys.Min(); start <= last; start = NextStep(start, interval))
            {
                if (points.Count == MaxSteps)
                {
                    return null;
                }

                points.Add(new TimelinePointResponse(start, NextStep(start, interval), counts.GetValueOrDefault(start)));
            }
        }

        return new TimelineResponse(kind, interval, points, perArticle.Sum(r => r.Count));
    }

    public async Task<IReadOnlyList<SourceStatsResponse>> SourcesAsync(StatsQuery query, CancellationToken cancellationToken)
    {
        var articles = Select(db.Articles.AsNoTracking(), query);
        var articleCounts = await articles.GroupBy(a => a.Source).Select(g => new { Source = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var quoteCounts = await db.Quotes.AsNoTracking().Where(q => articles.Any(a => a.Id == q.ArticleId))
            .GroupBy(q => q.Article!.Source).Select(g => new { Source = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Source ?? "", g => g.Count, cancellationToken);
        var claimCounts = await db.Claims.AsNoTracking().Where(c => articles.Any(a => a.Id == c.ArticleId))
            .GroupBy(c => c.Article!.Source).Select(g => new { Source = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Source ?? "", g => g.Count, cancellationToken);
        return articleCounts
            .Select(s => new SourceStatsResponse(s.Source, s.Count, quoteCounts.GetValueOrDefault(s.Source ?? ""), claimCounts.GetValueOrDefault(s.Source ?? "")))
            .OrderByDescending(s => s.ArticleCount)
            .ThenBy(s => s.Source, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<TopSpeakersResponse> TopSpeakersAsync(TopSpeakersQuery query, CancellationToken cancellationToken)
    {
        var articles = Select(db.Articles.AsNoTracking(), query);
        var quotes = db.Quotes.AsNoTracking().Where(q => articles.Any(a => a.Id == q.ArticleId));
        var quoteCount = await quotes.CountAsync(cancellationToken);
        var attributed = quotes.Where(q => q.SpeakerEntityId != null);
        var attributedCount = await attributed.CountAsync(cancellationToken);

        var candidates = attributed;
        if (query.Type is not null)
        {
            var type = Enum.Parse<EntityType>(query.Type, ignoreCase: true);
            candidates = candidates.Where(q => q.SpeakerEntity!.Type == type);
        }

        var top = await candidates
            .GroupBy(q => q.SpeakerEntityId!.Value)
            .Select(g => new { EntityId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.EntityId)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        var ids = top.Select(t => t.EntityId).ToList();
        var entities = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.Type })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var items = top
            .Select(t => new TopSpeakerResponse(
                t.EntityId, entities[t.EntityId].Name, entities[t.EntityId].Type.ToString(), t.Count,
                attributedCount == 0 ? 0 : Math.Round((double)t.Count / attributedCount, 4)))
            .ToList();
        return new TopSpeakersResponse(quoteCount, attributedCount, items);
    }

    /// <summary>The articles of the selection: source (ignoring case) and period.</summary>
    private static IQueryable<Article> Select(IQueryable<Article> articles, StatsQuery query) =>
        articles.FromSourceAndPeriod(query.Source, query.From, query.To);

    /// <summary>The UTC start of the week (Monday) or month holding a time.</summary>
    internal static DateTime StepStart(DateTime time, string interval)
    {
        var day = DateTime.SpecifyKind(time.ToUniversalTime().Date, DateTimeKind.Utc);
        return interval == "week"
            ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7))
            : new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    private static DateTime NextStep(DateTime start, string interval) =>
        interval == "week" ? start.AddDays(7) : start.AddMonths(1);
}
