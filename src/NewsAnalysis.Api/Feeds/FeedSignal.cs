namespace NewsAnalysis.Api.Feeds;

/// <summary>
/// Wakes this process's idle poller when a feed is subscribed or asked to poll now, so it need not wait for its
/// next look. Feeds made due on another replica are found by polling.
/// </summary>
public sealed class FeedSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The task that the next <see cref="Notify"/> completes; take it before looking for due feeds.</summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
