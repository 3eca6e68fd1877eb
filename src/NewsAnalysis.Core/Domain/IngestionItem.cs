namespace NewsAnalysis.Core.Domain;

/// <summary>
/// One article of an <see cref="IngestionJob"/>, and at the same time a row of the ingestion queue:
/// workers lease it for a while and record its outcome in the transaction that stores its article.
/// </summary>
public sealed class IngestionItem
{
    public int Id { get; set; }

    public int JobId { get; set; }

    /// <summary>0-based position of the article in the posted batch.</summary>
    public int Index { get; set; }

    public IngestionItemStatus Status { get; set; }

    /// <summary>The article request as JSON; cleared once the article is stored or found a duplicate.</summary>
    public string? Payload { get; set; }

    /// <summary>Field name to messages, as JSON, for an invalid or failed item.</summary>
    public string? Errors { get; set; }

    /// <summary>The stored article, or the already stored one for a duplicate.</summary>
    public int? ArticleId { get; set; }

    /// <summary>
    /// How often a worker has leased the item. It doubles as the fencing token of the current lease:
    /// a worker may only record an outcome while the count is still the one its lease returned.
    /// </summary>
    public int Attempts { get; set; }

    /// <summary>Until when the current lease holds; after that another worker may take the item again.</summary>
    public DateTime? LeasedUntil { get; set; }

    /// <summary>When the item reached a final status, whichever (cancelled included); the job is finished at the latest of them.</summary>
    public DateTime? CompletedAt { get; set; }
}
