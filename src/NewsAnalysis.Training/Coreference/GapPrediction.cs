using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Coreference;

/// <summary>
/// What the product said of one GAP row: whether name A, and name B, is the pronoun's entity; and how far it got with
/// the coreferent name (null when the row has none).
/// </summary>
public sealed record GapPrediction(GapExample Example, bool A, bool B, GapReach? Reach);
