namespace NewsAnalysis.Core.Domain;

/// <summary>Where an <see cref="IngestionItem"/> stands; the last five are final.</summary>
public enum IngestionItemStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>Leased by a worker; the lease may have expired since.</summary>
    Running,

    /// <summary>Stored as a new article.</summary>
    Stored,

    /// <summary>Its url was already stored; the item points at that article.</summary>
    Duplicate,

    /// <summary>Rejected by validation when the batch was accepted; never queued.</summary>
    Invalid,

    /// <summary>Processing failed on every attempt.</summary>
    Failed,

    /// <summary>Taken off the queue by a cancel of its job while no worker held it; no article is stored for it.</summary>
    Cancelled,
}
