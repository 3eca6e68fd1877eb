using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>Filters for the claim list.</summary>
public sealed record ClaimListQuery : ExportQuery
{
    public int? ClaimantId { get; init; }

    public int? ArticleId { get; init; }

    /// <summary>Words the claim contains.</summary>
    public string? Q { get; init; }

    /// <summary>Words in the claimant's name (or in the words naming an unresolved claimant), ignoring case.</summary>
    public string? Claimant { get; init; }

    /// <summary>Only claims from articles published (or, without a date, ingested) at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only claims from articles of this publisher, ignoring case.</summary>
    public string? Source { get; init; }

    /// <summary>Only claims from articles published (or, without a date, ingested) before this time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only claims that state (true) or do not state (false) a number.</summary>
    public bool? HasQuantity { get; init; }

    /// <summary>Only claims at least this check-worthy (0 to 1).</summary>
    public double? MinCheckWorthiness { get; init; }

    /// <summary><c>position</c> (newest article first, then text order; the default) or <c>checkworthiness</c>.</summary>
    public string? Sort { get; init; }
}
