namespace NewsAnalysis.Core.Analysis;

/// <summary>
/// A stored claim as the disagreement finder reads it: its content text, its cue ("said", "denied"),
/// who made it and the numbers it states.
/// </summary>
/// <param name="ClaimantEntityId">The corpus-wide entity of the claimant, when the text names one.</param>
/// <param name="ClaimantName">The resolved claimant name or descriptor; null when unattributed.</param>
public sealed record ComparableClaim(
    int Id,
    int ArticleId,
    string Text,
    string? Cue,
    int? ClaimantEntityId,
    string? ClaimantName,
    IReadOnlyList<ComparableQuantity> Quantities);
