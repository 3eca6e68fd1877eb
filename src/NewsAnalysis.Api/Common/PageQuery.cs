namespace NewsAnalysis.Api.Common;

/// <summary>Paging of a list: page from 1, page size 1 to 100 (default 20).</summary>
public abstract record PageQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page that may be asked for: beyond it, the items to skip would not fit an int at the largest page size.</summary>
    public const int MaxPage = (int.MaxValue / MaxPageSize) + 1;

    /// <summary>1-based page number, at most 21,474,837.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Items per page, 1 to 100.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Items before the page. A method, not a property, so that it is never bound from the query string nor documented as a parameter.</summary>
    public int ItemsBefore() => (Page - 1) * PageSize;
}
