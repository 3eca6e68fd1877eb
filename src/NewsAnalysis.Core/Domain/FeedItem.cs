namespace NewsAnalysis.Core.Domain;

/// <summary>
/// An item a feed listed, recorded once by its key (its guid, or its link when it has none), so that an item is
/// fetched and stored once however often the feed lists it.
/// </summary>
public sealed class FeedItem
{
    public int Id { get; set; }

    public int FeedId { get; set; }

    /// <summary>The item's guid (RSS) or id (Atom), else its link; unique within the feed.</summary>
    public required string Key { get; set; }

    /// <summary>The item's link, fetched as the article's page.</summary>
    public string? Url { get; set; }

    public FeedItemStatus Status { get; set; }

    /// <summary>The stored article, or the already stored one of the same url.</summary>
    public int? ArticleId { get; set; }

    /// <summary>Why the item failed, for a failed one.</summary>
    public string? Error { get; set; }

    /// <summary>Polls that tried the item; a failed item is tried again on later polls up to a limit.</summary>
    public int Attempts { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
