namespace NewsAnalysis.Api.Common;

/// <summary>A list that can also be downloaded whole as CSV.</summary>
public abstract record ExportQuery : PageQuery
{
    /// <summary>Most rows one CSV holds; the X-Total-Count header says how many matched.</summary>
    public const int MaxCsvRows = 100_000;

    /// <summary>Rows a CSV reads per query: larger than a JSON page, so a long list takes few round trips.</summary>
    public const int CsvPageSize = 1_000;

    /// <summary>
    /// <c>json</c> (one page, the default) or <c>csv</c>: every item that matches the filters, in the list's order,
    /// streamed; <c>page</c> and <c>pageSize</c> do not apply. <c>Accept: text/csv</c> asks for the CSV too.
    /// </summary>
    public string? Format { get; init; }

    /// <summary>Whether the client asked for CSV, by <c>format=csv</c> or by an Accept header that prefers text/csv.</summary>
    public bool WantsCsv(HttpRequest request) => CsvNegotiation.WantsCsv(Format, request);
}
