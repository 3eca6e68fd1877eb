using Microsoft.EntityFrameworkCore;

namespace NewsAnalysis.Infrastructure.Search;

/// <summary>FTS5 tables kept in step with Articles, Quotes and Claims by triggers (see the FullTextSearch migration).</summary>
public sealed class SqliteFullTextSearch(NewsDbContext db) : IFullTextSearch
{
    public IQueryable<SearchHit> Match(SearchTarget target, string query)
    {
        var fts = Fts5Query.From(query) ?? "\"\"";
        // bm25 is lower for better matches; the contract is higher-is-better.
        return target switch
        {
            SearchTarget.Articles => db.Database.SqlQuery<SearchHit>(
                $"SELECT rowid AS Id, -bm25(ArticleSearch, 4.0, 1.0) AS Rank FROM ArticleSearch WHERE ArticleSearch MATCH {fts}"),
            SearchTarget.Quotes => db.Database.SqlQuery<SearchHit>(
                $"SELECT rowid AS Id, -bm25(QuoteSearch) AS Rank FROM QuoteSearch WHERE QuoteSearch MATCH {fts}"),
            _ => db.Database.SqlQuery<SearchHit>(
                $"SELECT rowid AS Id, -bm25(ClaimSearch) AS Rank FROM ClaimSearch WHERE ClaimSearch MATCH {fts}"),
        };
    }

    public async Task<Dictionary<int, string>> HighlightAsync(SearchTarget target, string query, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var fts = Fts5Query.From(query);
        if (fts is null || ids.Count == 0)
        {
            return [];
        }

        var idList = ids.ToArray();
        var rows = target switch
        {
            SearchTarget.Articles => db.Database.SqlQuery<Highlight>(
                $"SELECT rowid AS Id, snippet(ArticleSearch, -1, '\uE000', '\uE001', '…', 24) AS Text FROM ArticleSearch WHERE ArticleSearch MATCH {fts}"),
            SearchTarget.Quotes => db.Database.SqlQuery<Highlight>(
                $"SELECT rowid AS Id, highlight(QuoteSearch, 0, '\uE000', '\uE001') AS Text FROM QuoteSearch WHERE QuoteSearch MATCH {fts}"),
            _ => db.Database.SqlQuery<Highlight>(
                $"SELECT rowid AS Id, highlight(ClaimSearch, 0, '\uE000', '\uE001') AS Text FROM ClaimSearch WHERE ClaimSearch MATCH {fts}"),
        };
        return await rows.Where(r => idList.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => HighlightMarkup.ToHtml(r.Text), cancellationToken);
    }
}
