using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Coreference;

/// <summary>
/// What the product said of one GAP row: whether name A, and name B, is the pronoun's entity; whether the pronoun was
/// resolved to any entity at all; and how far it got with the coreferent name (null when the row has none).
/// </summary>
public sealed record GapPrediction(GapExample Example, bool A, bool B, bool Resolved, GapReach? Reach);
