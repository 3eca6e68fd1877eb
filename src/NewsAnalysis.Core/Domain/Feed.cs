namespace NewsAnalysis.Core.Domain;

/// <summary>
/// A news feed (RSS or Atom) the server polls: each new item's link is fetched and stored as an article. The feed is
/// also a row of a work queue: a worker leases it while polling, so that two replicas never poll it at once.
/// </summary>
public sealed class Feed
{
    public int Id { get; set; }

    /// <summary>The feed's address as subscribed; unique.</summary>
    public required string Url { get; set; }

    /// <summary>The feed's own title, from its last successful poll.</summary>
    public string? Title { get; set; }

    /// <summary>Minutes between polls while the feed answers.</summary>
    public int PollMinutes { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When a poll last finished, successful or not.</summary>
    public DateTime? LastPolledAt { get; set; }

    /// <summary>When the feed is due; a failing feed's polls move further apart.</summary>
    public DateTime NextPollAt { get; set; }

    /// <summary>Polls that failed in a row since the last successful one; 0 while the feed answers.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Why the last failed poll failed; kept after later successes so that a user can see what happened.</summary>
    public string? LastError { get; set; }

    public DateTime? LastErrorAt { get; set; }

    /// <summary>Until when a worker's lease holds the feed; null when no worker holds it.</summary>
    public DateTime? LeasedUntil { get; set; }

    /// <summary>How often the feed has been leased: the fencing token of the current lease.</summary>
    public int Leases { get; set; }

    public List<FeedItem> Items { get; set; } = [];
}
