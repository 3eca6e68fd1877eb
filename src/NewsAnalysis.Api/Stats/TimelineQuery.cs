namespace NewsAnalysis.Api.Stats;

/// <summary>What the timeline counts, and in which steps.</summary>
public sealed record TimelineQuery : StatsQuery
{
    /// <summary><c>quotes</c> (the default) or <c>claims</c>.</summary>
    public string? Kind { get; init; }

    /// <summary><c>month</c> (the default) or <c>week</c> (ISO weeks, from Monday).</summary>
    public string? Interval { get; init; }

    /// <summary>Only the quotes this entity speaks or the claims it makes, alone or in a coordinated subject.</summary>
    public int? EntityId { get; init; }
}
