namespace NewsAnalysis.Core.Domain;

/// <summary>Where an <see cref="IngestionItem"/> stands; the last four are final.</summary>
public enum IngestionItemStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>Claimed by a worker whose lease has not necessarily expired.</summary>
    Running,

    /// <summary>Stored as a new article.</summary>
    Stored,

    /// <summary>Its url was already stored; the item points at that article.</summary>
    Duplicate,

    /// <summary>Rejected by validation when the batch was accepted; never queued.</summary>
    Invalid,

    /// <summary>Processing failed on every attempt.</summary>
    Failed,
}
