namespace NewsAnalysis.Api.Statements;

/// <summary>Two claims about the same thing that cannot both be right.</summary>
/// <param name="Kind"><c>numbers</c> (the same unit with values that cannot both hold) or <c>polarity</c> (one denies what the other asserts).</param>
/// <param name="Reason">Short and human-readable: "killed: 89 people vs 20 people", "Igor Konashenkov denied vs Rex Tillerson said".</param>
/// <param name="SharedWords">The content words the two claims share, which make them about the same thing.</param>
/// <param name="Overlap">Shared content words over those of the shorter claim, 0 to 1; the list is sorted by it.</param>
/// <param name="Claims">The two claims, lower id first.</param>
public sealed record ClaimDisagreementResponse(
    string Kind,
    string Reason,
    IReadOnlyList<string> SharedWords,
    double Overlap,
    IReadOnlyList<ClaimListItemResponse> Claims);
