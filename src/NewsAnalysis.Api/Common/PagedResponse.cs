namespace NewsAnalysis.Api.Common;

/// <summary>One page of a list; every list endpoint answers in this shape.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
