namespace NewsAnalysis.Core.Domain;

/// <summary>What became of a feed item.</summary>
public enum FeedItemStatus
{
    /// <summary>Its page was fetched and stored as a new article.</summary>
    Stored,

    /// <summary>Its url was already stored (posted directly, or listed by another feed).</summary>
    Duplicate,

    /// <summary>Its page could not be fetched or held no article; tried again on later polls up to a limit.</summary>
    Failed,
}
