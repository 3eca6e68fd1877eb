namespace NewsAnalysis.Api.Ingestion;

/// <summary>A queue item as a worker's claim returned it; <see cref="Attempts"/> is the claim's fencing token.</summary>
public sealed class ClaimedIngestionItem
{
    public int Id { get; init; }

    public int JobId { get; init; }

    public int Index { get; init; }

    public int Attempts { get; init; }

    public string? Payload { get; init; }
}
