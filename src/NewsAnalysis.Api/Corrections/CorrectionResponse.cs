using System.Text.Json;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Corrections;

/// <summary>A correction a user made, with what it changed before and after.</summary>
/// <param name="Id">The correction's id; entity links it made name it in their reason.</param>
/// <param name="Kind"><c>Merge</c>, <c>Rename</c>, <c>Retype</c>, <c>Split</c>, <c>SetSpeaker</c>, <c>ClearSpeaker</c>, <c>SetClaimant</c> or <c>ClearClaimant</c>.</param>
/// <param name="EntityId">The entity corrected: merged away, renamed, retyped or split; or given to (for a clear: taken from) a quote or claim.</param>
/// <param name="TargetEntityId">The entity that received what moved: a merge's target, a split's entity of the alias.</param>
/// <param name="QuoteId">The quote whose speaker was set or cleared.</param>
/// <param name="ClaimId">The claim whose claimant was set or cleared.</param>
/// <param name="Before">What the correction changed as it was, e.g. <c>{"name": "Barak Obama", "type": "Person"}</c>.</param>
/// <param name="After">What it changed as it is now, with counts of what moved, e.g. <c>{"id": 3, "name": "Barack Obama", "mentions": 4, ...}</c>.</param>
/// <param name="CreatedAt">When the correction was made (UTC).</param>
public sealed record CorrectionResponse(
    int Id,
    string Kind,
    int? EntityId,
    int? TargetEntityId,
    int? QuoteId,
    int? ClaimId,
    JsonElement? Before,
    JsonElement? After,
    DateTime CreatedAt)
{
    public static CorrectionResponse Of(Correction correction) => new(
        correction.Id,
        correction.Kind.ToString(),
        correction.EntityId,
        correction.TargetEntityId,
        correction.QuoteId,
        correction.ClaimId,
        Parse(correction.Before),
        Parse(correction.After),
        correction.CreatedAt);

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
