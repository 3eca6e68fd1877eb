using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Entities;

/// <summary>Filters for the entity list.</summary>
public sealed record EntityListQuery : ExportQuery
{
    /// <summary>Part of the entity's name.</summary>
    public string? Q { get; init; }

    /// <summary>Person, Organization, Location or Misc.</summary>
    public string? Type { get; init; }

    /// <summary><c>mentions</c> (most mentioned first, the default) or <c>name</c>.</summary>
    public string? Sort { get; init; }
}
