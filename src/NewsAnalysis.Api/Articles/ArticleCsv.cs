using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Statements;

namespace NewsAnalysis.Api.Articles;

/// <summary>The CSV columns of the article list, and of one article's analysis (a row per finding, in text order).</summary>
public static class ArticleCsv
{
    public static readonly IReadOnlyList<string> ListHeader =
        ["id", "title", "source", "author", "publishedAt", "ingestedAt", "url", "entityCount", "quoteCount", "claimCount"];

    public static readonly IReadOnlyList<string> AnalysisHeader =
        ["kind", "id", "start", "end", "text", "entityType", "who", "whoEntityId", "cue", "checkWorthiness", "quantities"];

    public static IReadOnlyList<object?> ListRow(ArticleSummaryResponse a) =>
        [a.Id, a.Title, a.Source, a.Author, a.PublishedAt, a.IngestedAt, a.Url, a.EntityCount, a.QuoteCount, a.ClaimCount];

    public static Task<CsvResult> ListAsync(HttpResponse response, ArticleQueryService articles, ArticleListQuery query, CancellationToken cancellationToken) =>
        CsvExport.ListAsync(
            response, (page, ct) => articles.ListAsync(query with { Page = page, PageSize = ExportQuery.CsvPageSize }, ct), "articles.csv", ListHeader, ListRow, cancellationToken);

    /// <summary>Every mention, quote and claim of the article; a mention's "who" is its entity.</summary>
    public static CsvResult Analysis(ArticleResponse article)
    {
        var rows = article.Entities
            .SelectMany(e => e.Mentions.Select(m => (m.Start, Row: (IReadOnlyList<object?>)["mention", e.Id, m.Start, m.End, m.Text, e.Type, e.Name, e.Id, m.Kind, null, null])))
            .Concat(article.Quotes.Select(q => (q.Start, Row: (IReadOnlyList<object?>)
                ["quote", q.Id, q.Start, q.End, q.Text, null, StatementCsv.Name(q.Speaker) ?? q.Speaker?.Mention?.Text, q.Speaker?.EntityId, q.Cue?.Text, null, null])))
            .Concat(article.Claims.Select(c => (c.Start, Row: (IReadOnlyList<object?>)
            [
                "claim", c.Id, c.Start, c.End, c.Text, null, StatementCsv.Name(c.Claimant) ?? c.Claimant?.Mention?.Text, c.Claimant?.EntityId, c.Cue?.Text,
                c.CheckWorthiness, string.Join("; ", c.Quantities.Select(q => q.Text)),
            ])))
            .OrderBy(r => r.Start)
            .Select(r => r.Row);
        return new CsvResult($"article-{article.Id}.csv", AnalysisHeader, rows.ToAsyncEnumerable());
    }
}
