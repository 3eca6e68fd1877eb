using System.Text.Json;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>A queue item as a job's status reads it, without its payload.</summary>
internal sealed record IngestionItemRow(int Index, IngestionItemStatus Status, int? ArticleId, string? Errors, int Attempts, DateTime? CompletedAt)
{
    // The opposite of IngestionJobStatus.IsOpen, so a job's counts here and in the job list agree.
    public bool IsFinal => Status is not (IngestionItemStatus.Queued or IngestionItemStatus.Running);

    public IngestionItemResponse ToResponse() => new(
        Index,
        Status.ToString().ToLowerInvariant(),
        ArticleId,
        Errors is null ? null : JsonSerializer.Deserialize<Dictionary<string, string[]>>(Errors));
}
