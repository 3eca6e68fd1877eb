namespace NewsAnalysis.Api.Common;

/// <summary>Paging of a list: page from 1, page size 1 to 100 (default 20).</summary>
public abstract record PageQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Items per page, 1 to 100.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    public int Skip => (Page - 1) * PageSize;
}
