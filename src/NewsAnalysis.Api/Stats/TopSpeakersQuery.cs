namespace NewsAnalysis.Api.Stats;

/// <summary>Who is quoted most in a selection.</summary>
public sealed record TopSpeakersQuery : StatsQuery
{
    /// <summary>Person, Organization, Location or Misc; all types when left out.</summary>
    public string? Type { get; init; }

    /// <summary>How many speakers, 1 to 50 (default 10).</summary>
    public int Limit { get; init; } = 10;
}
