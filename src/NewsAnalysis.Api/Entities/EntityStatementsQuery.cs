using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Entities;

/// <summary>Paging and words for an entity's quotes or claims.</summary>
public sealed record EntityStatementsQuery : PageQuery
{
    /// <summary>Words the quote or claim contains.</summary>
    public string? Q { get; init; }
}
