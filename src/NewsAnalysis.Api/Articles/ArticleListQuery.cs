using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Articles;

/// <summary>Filters for the article list.</summary>
public sealed record ArticleListQuery : ExportQuery
{
    /// <summary>Words that the title or body contains.</summary>
    public string? Q { get; init; }

    /// <summary>Publisher name, ignoring case.</summary>
    public string? Source { get; init; }

    /// <summary>Only articles that name this entity.</summary>
    public int? EntityId { get; init; }

    /// <summary>Published (or, without a date, ingested) at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Published (or, without a date, ingested) before this time.</summary>
    public DateTimeOffset? To { get; init; }
}
