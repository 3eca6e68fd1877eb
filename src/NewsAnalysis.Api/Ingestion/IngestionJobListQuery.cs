using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>Filters for the job list.</summary>
public sealed record IngestionJobListQuery : PageQuery
{
    /// <summary><c>queued</c>, <c>running</c>, <c>completed</c> or <c>cancelled</c>, as a job's <c>status</c> reads.</summary>
    public string? Status { get; init; }
}
