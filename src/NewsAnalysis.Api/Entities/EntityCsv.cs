using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Entities;

/// <summary>The CSV columns of the entity list.</summary>
public static class EntityCsv
{
    public static readonly IReadOnlyList<string> Header = ["id", "name", "type", "aliases", "articleCount", "mentionCount", "quoteCount", "claimCount"];

    public static IReadOnlyList<object?> Row(EntitySummaryResponse e) =>
        [e.Id, e.Name, e.Type, string.Join("; ", e.Aliases), e.ArticleCount, e.MentionCount, e.QuoteCount, e.ClaimCount];

    public static Task<CsvResult> ListAsync(HttpResponse response, EntityQueryService entities, EntityListQuery query, CancellationToken cancellationToken) =>
        CsvExport.ListAsync(
            response, (page, ct) => entities.ListAsync(query with { Page = page, PageSize = ExportQuery.CsvPageSize }, ct), "entities.csv", Header, Row, cancellationToken);
}
