using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Feeds;

/// <summary>Paging of the feed list.</summary>
public sealed record FeedListQuery : PageQuery;
