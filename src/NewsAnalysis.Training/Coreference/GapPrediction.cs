using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Coreference;

/// <summary>What the product said of one GAP row: whether name A, and name B, is the pronoun's entity.</summary>
public sealed record GapPrediction(GapExample Example, bool A, bool B);
