namespace NewsAnalysis.Api.Stats;

/// <summary>The selection every aggregate shares: a period of publication (or, without a date, ingestion) and a source.</summary>
public record StatsQuery
{
    /// <summary>Publisher name, ignoring case.</summary>
    public string? Source { get; init; }

    /// <summary>Articles published (or, without a date, ingested) at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Articles published (or, without a date, ingested) before this time.</summary>
    public DateTimeOffset? To { get; init; }
}
