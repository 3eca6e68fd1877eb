using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Corrections;

/// <summary>Paging of the correction list.</summary>
public sealed record CorrectionListQuery : PageQuery;
