using System.Text.Json;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Services;

/// <summary>A queue item as a job's status reads it, without its payload.</summary>
internal sealed record IngestionItemRow(int Index, IngestionItemStatus Status, int? ArticleId, string? Errors, int Attempts, DateTime? CompletedAt)
{
    public bool IsFinal => Status is IngestionItemStatus.Stored or IngestionItemStatus.Duplicate
        or IngestionItemStatus.Invalid or IngestionItemStatus.Failed;

    public IngestionItemResponse ToResponse() => new(
        Index,
        Status.ToString().ToLowerInvariant(),
        ArticleId,
        Errors is null ? null : JsonSerializer.Deserialize<Dictionary<string, string[]>>(Errors));
}
