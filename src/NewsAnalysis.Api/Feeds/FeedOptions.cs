namespace NewsAnalysis.Api.Feeds;

/// <summary>Configuration section <c>Feeds</c>: the background polling of subscribed news feeds.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Whether this process polls feeds; false leaves them to other replicas (subscribing still works).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often an idle poller looks for a due feed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>New items fetched in one poll; the rest wait for the next poll.</summary>
    public int MaxItemsPerPoll { get; set; } = 20;

    /// <summary>How long a poller's lease on a feed holds; renewed before every item, so it is how long a crashed replica's feed waits.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Polls that try one failing item before it is left failed for good.</summary>
    public int MaxItemAttempts { get; set; } = 3;

    /// <summary>The longest wait between polls of a feed that keeps failing (its wait doubles with every failure).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromDays(1);
}
