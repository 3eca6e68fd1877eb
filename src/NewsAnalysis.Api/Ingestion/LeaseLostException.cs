namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// The worker's lease on a queue item was taken over (it expired and another worker leased the item) or the item
/// is already final; thrown inside the article's transaction so that the article is discarded with it.
/// </summary>
public sealed class LeaseLostException(int itemId, int attempt)
    : Exception($"Queue item {itemId} is no longer held by lease {attempt}.");
