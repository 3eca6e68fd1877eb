namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// Wakes this process's idle workers when a batch is accepted here, so they need not wait for their next
/// poll. Batches accepted by another replica are found by polling.
/// </summary>
public sealed class IngestionQueueSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The task that the next <see cref="Notify"/> completes. Take it before looking at the queue, so that a
    /// batch accepted between the look and the wait is not missed.
    /// </summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
