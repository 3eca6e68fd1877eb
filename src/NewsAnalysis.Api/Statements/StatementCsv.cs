using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>The CSV columns of the quote and claim lists.</summary>
public static class StatementCsv
{
    public static readonly IReadOnlyList<string> QuoteHeader =
        ["id", "text", "speaker", "speakerEntityId", "speakerWords", "cue", "articleId", "articleTitle", "publishedAt", "start", "end"];

    public static readonly IReadOnlyList<string> ClaimHeader =
        ["id", "text", "claimant", "claimantEntityId", "claimantWords", "cue", "checkWorthiness", "quantities", "articleId", "articleTitle", "publishedAt", "start", "end"];

    public static IReadOnlyList<object?> QuoteRow(QuoteListItemResponse q) =>
        [q.Id, q.Text, Name(q.Speaker), q.Speaker?.EntityId, q.Speaker?.Mention?.Text, q.Cue?.Text, q.Article.Id, q.Article.Title, q.Article.PublishedAt, q.Start, q.End];

    public static IReadOnlyList<object?> ClaimRow(ClaimListItemResponse c) =>
    [
        c.Id, c.Text, Name(c.Claimant), c.Claimant?.EntityId, c.Claimant?.Mention?.Text, c.Cue?.Text, c.CheckWorthiness,
        string.Join("; ", c.Quantities.Select(q => q.Text)), c.Article.Id, c.Article.Title, c.Article.PublishedAt, c.Start, c.End,
    ];

    /// <summary>The entity's name, or the members of a coordinated subject joined with "; ".</summary>
    public static string? Name(SpeakerResponse? speaker) =>
        speaker is null ? null
        : speaker.Name ?? (speaker.Members is { Count: > 0 } members ? string.Join("; ", members.Select(m => m.Name)) : null);

    public static Task<CsvResult> QuotesAsync(HttpResponse response, StatementQueryService statements, QuoteListQuery query, CancellationToken cancellationToken) =>
        CsvExport.ListAsync(
            response, (page, ct) => statements.ListQuotesAsync(query with { Page = page, PageSize = ExportQuery.CsvPageSize }, ct), "quotes.csv", QuoteHeader, QuoteRow, cancellationToken);

    public static Task<CsvResult> ClaimsAsync(HttpResponse response, StatementQueryService statements, ClaimListQuery query, CancellationToken cancellationToken) =>
        CsvExport.ListAsync(
            response, (page, ct) => statements.ListClaimsAsync(query with { Page = page, PageSize = ExportQuery.CsvPageSize }, ct), "claims.csv", ClaimHeader, ClaimRow, cancellationToken);
}
