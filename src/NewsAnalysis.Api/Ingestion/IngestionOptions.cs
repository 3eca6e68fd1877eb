namespace NewsAnalysis.Api.Ingestion;

/// <summary>Configuration section <c>Ingestion</c>: the background workers of batch ingestion.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Workers in this process; 0 leaves the queue to other replicas.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>
    /// How long a lease holds before another worker may take the item again. A working worker renews it every
    /// third of this, so it is how long the items of a crashed or frozen process wait.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle worker looks for work that another replica queued.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Leases of one item before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// How long a job whose items are all final is kept, counted from when it was accepted; after that the
    /// worker deletes it with its items (the stored articles stay).
    /// </summary>
    public TimeSpan FinishedJobRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each process deletes the finished jobs past <see cref="FinishedJobRetention"/>.</summary>
    public TimeSpan FinishedJobCleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
