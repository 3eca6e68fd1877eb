namespace NewsAnalysis.Core.Analysis;

/// <summary>Two claims about the same thing that cannot both be right, and why the finder thinks so.</summary>
/// <param name="FirstClaimId">The claim with the lower id.</param>
/// <param name="Reason">Short and human-readable: "89 people vs 20 people", "Igor Konashenkov denied vs Tillerson said".</param>
/// <param name="SharedWords">The content words (normalised) that make the two claims about the same thing.</param>
/// <param name="Overlap">Shared content words over the content words of the shorter claim, 0..1.</param>
public sealed record ClaimDisagreement(
    int FirstClaimId,
    int SecondClaimId,
    DisagreementKind Kind,
    string Reason,
    IReadOnlyList<string> SharedWords,
    double Overlap);
