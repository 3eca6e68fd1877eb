using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>What the disagreements are about (required) and which claims to consider.</summary>
public sealed record ClaimDisagreementQuery : PageQuery
{
    /// <summary>Words the claims are about ("Syria strike"); the full-text search picks the candidate claims.</summary>
    public string? Q { get; init; }

    /// <summary>Only disagreements that involve a claim from this article.</summary>
    public int? ArticleId { get; init; }

    /// <summary>Only disagreements that involve a claim of this entity.</summary>
    public int? ClaimantId { get; init; }

    /// <summary>Only claims of articles published (or, without a date, ingested) at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only claims of articles published (or, without a date, ingested) before this time.</summary>
    public DateTimeOffset? To { get; init; }
}
