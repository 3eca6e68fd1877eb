using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// The filters every list shares on the article a row comes from: its source, ignoring case ("Breitbart" finds
/// "breitbart"; SQLite's lower() folds ASCII letters only), and its period, by publication date or, without one, the day
/// it was ingested (<c>from</c> inclusive, <c>to</c> exclusive). Written once for articles, and applied to quotes and
/// claims through their article.
/// </summary>
internal static class ArticleFilters
{
    public static IQueryable<Article> FromSourceAndPeriod(this IQueryable<Article> articles, string? source, DateTimeOffset? from, DateTimeOffset? to) =>
        articles.FromSourceAndPeriod(a => a, source, from, to);

    /// <param name="rows">The rows to filter.</param>
    /// <param name="article">The article of a row (<c>q =&gt; q.Article!</c>).</param>
    /// <param name="source">The source, any case; none when blank.</param>
    /// <param name="from">The first instant of the period, if any.</param>
    /// <param name="to">The instant the period ends before, if any.</param>
    public static IQueryable<T> FromSourceAndPeriod<T>(
        this IQueryable<T> rows, Expression<Func<T, Article>> article, string? source, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (!string.IsNullOrWhiteSpace(source))
        {
            var lower = source.Trim().ToLower();
            rows = rows.Where(Through(article, a => a.Source!.ToLower() == lower));
        }

        if (from is { } start)
        {
            var utc = start.UtcDateTime;
            rows = rows.Where(Through(article, a => (a.PublishedAt ?? a.IngestedAt) >= utc));
        }

        if (to is { } end)
        {
            var utc = end.UtcDateTime;
            rows = rows.Where(Through(article, a => (a.PublishedAt ?? a.IngestedAt) < utc));
        }

        return rows;
    }

    /// <summary>The article's predicate as one on the row: its parameter replaced by the row's article.</summary>
    private static Expression<Func<T, bool>> Through<T>(Expression<Func<T, Article>> article, Expression<Func<Article, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(
            ReplacingExpressionVisitor.Replace(predicate.Parameters[0], article.Body, predicate.Body), article.Parameters);
}
