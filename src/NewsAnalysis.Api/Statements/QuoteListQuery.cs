using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>Filters for the quote list.</summary>
public sealed record QuoteListQuery : PageQuery
{
    public int? SpeakerId { get; init; }

    public int? ArticleId { get; init; }

    /// <summary>Words the quote contains.</summary>
    public string? Q { get; init; }
}
