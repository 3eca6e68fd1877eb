namespace NewsAnalysis.Api.Ingestion;

/// <summary>What a request to delete an ingestion job found.</summary>
public enum IngestionJobDeletion
{
    /// <summary>The job and its items are gone.</summary>
    Deleted,

    /// <summary>No job has the id.</summary>
    NotFound,

    /// <summary>The job has queued or running items and was kept; it must be cancelled and let finish first.</summary>
    HasOpenItems,
}
