namespace NewsAnalysis.Infrastructure.Search;

/// <summary>
/// The database's own full-text engine (SQLite FTS5, PostgreSQL tsvector): ranked matches with word
/// stems and "quoted phrases", composable with the rest of a LINQ query, and highlighted excerpts.
/// </summary>
public interface IFullTextSearch
{
    /// <summary>Ids and ranks of the rows that match; empty when the query has no searchable word.</summary>
    IQueryable<SearchHit> Match(SearchTarget target, string query);

    /// <summary>Excerpts of the given rows with the matched words wrapped in &lt;mark&gt;…&lt;/mark&gt;.</summary>
    Task<Dictionary<int, string>> HighlightAsync(SearchTarget target, string query, IReadOnlyCollection<int> ids, CancellationToken cancellationToken);
}
