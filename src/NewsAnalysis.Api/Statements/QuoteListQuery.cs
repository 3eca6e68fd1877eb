using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>Filters for the quote list.</summary>
public sealed record QuoteListQuery : ExportQuery
{
    public int? SpeakerId { get; init; }

    public int? ArticleId { get; init; }

    /// <summary>Words the quote contains.</summary>
    public string? Q { get; init; }

    /// <summary>Words in the speaker's name (or in the words naming an unresolved speaker), ignoring case.</summary>
    public string? Speaker { get; init; }

    /// <summary>Only quotes from articles published (or, without a date, ingested) at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only quotes from articles of this publisher, ignoring case.</summary>
    public string? Source { get; init; }

    /// <summary>Only quotes from articles published (or, without a date, ingested) before this time.</summary>
    public DateTimeOffset? To { get; init; }
}
