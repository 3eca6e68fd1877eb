namespace NewsAnalysis.Api.Feeds;

/// <summary>A feed as a poller's lease returned it; <see cref="Leases"/> is the lease's fencing token.</summary>
public sealed class LeasedFeed
{
    public int Id { get; init; }

    public string Url { get; init; } = "";

    public int PollMinutes { get; init; }

    public int ConsecutiveFailures { get; init; }

    public int Leases { get; init; }
}
