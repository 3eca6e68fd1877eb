using System.ComponentModel.DataAnnotations;

namespace NewsAnalysis.Api.Articles;

/// <summary>
/// Configuration section <c>Analysis</c>: how many analyses <c>POST /api/articles</c> runs at once, how many requests
/// wait for one, and how long one request may take. Batch articles are analysed by the ingestion workers, whose number
/// <c>Ingestion:Workers</c> bounds.
/// </summary>
public sealed class AnalysisLimitOptions
{
    public const string Section = "Analysis";

    /// <summary>Analyses that run at once; each takes about one core.</summary>
    [Range(1, 256)]
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>Requests that wait, oldest first, for a running analysis to end; beyond them the answer is 503.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; } = 16;

    /// <summary>How long an analysis request may take, waiting included; then it is abandoned with 504.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The Retry-After a rejected request is given, in seconds.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 5;
}
