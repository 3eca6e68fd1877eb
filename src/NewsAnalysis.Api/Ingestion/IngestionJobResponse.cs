namespace NewsAnalysis.Api.Ingestion;

/// <summary>A batch ingestion and what became of each of its articles.</summary>
/// <param name="Id">Job id, as in <c>/api/jobs/{id}</c>.</param>
/// <param name="Status">
/// <c>queued</c> (no worker has started on it), <c>running</c>, <c>completed</c> (every item final, none cancelled) or
/// <c>cancelled</c> (every item final, some of them cancelled).
/// </param>
/// <param name="CreatedAt">When the batch was accepted (UTC).</param>
/// <param name="CompletedAt">When its last item became final (UTC); null until then.</param>
/// <param name="Total">Articles in the batch.</param>
/// <param name="Processed">Items in a final state: stored, duplicate, invalid, failed or cancelled.</param>
/// <param name="Stored">Items stored as new articles.</param>
/// <param name="Duplicates">Items whose url was already stored.</param>
/// <param name="Invalid">Items rejected by validation.</param>
/// <param name="Failed">Items whose processing failed on every attempt.</param>
/// <param name="Cancelled">Items that the job's cancellation took off the queue before a worker held them.</param>
/// <param name="Items">Every item in batch order.</param>
public sealed record IngestionJobResponse(
    int Id,
    string Status,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    int Total,
    int Processed,
    int Stored,
    int Duplicates,
    int Invalid,
    int Failed,
    int Cancelled,
    IReadOnlyList<IngestionItemResponse> Items);
