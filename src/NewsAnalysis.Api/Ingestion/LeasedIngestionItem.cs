namespace NewsAnalysis.Api.Ingestion;

/// <summary>A queue item as a worker's lease returned it; <see cref="Attempts"/> is the lease's fencing token.</summary>
public sealed class LeasedIngestionItem
{
    public int Id { get; init; }

    public int JobId { get; init; }

    public int Index { get; init; }

    public int Attempts { get; init; }

    public string? Payload { get; init; }
}
