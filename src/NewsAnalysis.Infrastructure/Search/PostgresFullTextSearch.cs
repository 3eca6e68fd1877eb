using Microsoft.EntityFrameworkCore;

namespace NewsAnalysis.Infrastructure.Search;

/// <summary>Stored tsvector columns with GIN indexes, queried with websearch_to_tsquery (phrases, OR, -word).</summary>
public sealed class PostgresFullTextSearch(NewsDbContext db) : IFullTextSearch
{
    // ts_headline's options, sent as a parameter: the markers are characters a raw SQL literal cannot escape.
    private static readonly string ArticleOptions = $"StartSel={HighlightMarkup.Start}, StopSel={HighlightMarkup.Stop}, MaxFragments=2, MaxWords=30, MinWords=12";
    private static readonly string StatementOptions = $"StartSel={HighlightMarkup.Start}, StopSel={HighlightMarkup.Stop}, HighlightAll=true";

    public IQueryable<SearchHit> Match(SearchTarget target, string query) => target switch
    {
        SearchTarget.Articles => db.Database.SqlQuery<SearchHit>(
            $"""SELECT a."Id", ts_rank_cd(a."SearchVector", q)::float8 AS "Rank" FROM "Articles" a, websearch_to_tsquery('english', {query}) q WHERE a."SearchVector" @@ q"""),
        SearchTarget.Quotes => db.Database.SqlQuery<SearchHit>(
            $"""SELECT x."Id", ts_rank_cd(x."SearchVector", q)::float8 AS "Rank" FROM "Quotes" x, websearch_to_tsquery('english', {query}) q WHERE x."SearchVector" @@ q"""),
        _ => db.Database.SqlQuery<SearchHit>(
            $"""SELECT x."Id", ts_rank_cd(x."SearchVector", q)::float8 AS "Rank" FROM "Claims" x, websearch_to_tsquery('english', {query}) q WHERE x."SearchVector" @@ q"""),
    };

    public async Task<Dictionary<int, string>> HighlightAsync(SearchTarget target, string query, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var idList = ids.ToArray();
        var rows = target switch
        {
            SearchTarget.Articles => db.Database.SqlQuery<Highlight>(
                $"""SELECT a."Id", ts_headline('english', a."Title" || E'\n' || a."Body", websearch_to_tsquery('english', {query}), {ArticleOptions}) AS "Text" FROM "Articles" a WHERE a."Id" = ANY({idList})"""),
            SearchTarget.Quotes => db.Database.SqlQuery<Highlight>(
                $"""SELECT x."Id", ts_headline('english', x."Text", websearch_to_tsquery('english', {query}), {StatementOptions}) AS "Text" FROM "Quotes" x WHERE x."Id" = ANY({idList})"""),
            _ => db.Database.SqlQuery<Highlight>(
                $"""SELECT x."Id", ts_headline('english', x."Text", websearch_to_tsquery('english', {query}), {StatementOptions}) AS "Text" FROM "Claims" x WHERE x."Id" = ANY({idList})"""),
        };
        return await rows.ToDictionaryAsync(r => r.Id, r => HighlightMarkup.ToHtml(r.Text), cancellationToken);
    }
}
