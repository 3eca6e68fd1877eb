using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Coreference;

/// <summary>
/// What the product said of one GAP row: whether name A, and name B, is the pronoun's entity; the name of the entity the
/// pronoun was resolved to (null when none); and how far it got with the coreferent name (null when the row has none).
/// </summary>
public sealed record GapPrediction(GapExample Example, bool A, bool B, string? ResolvedTo, GapReach? Reach)
{
    public bool Resolved => ResolvedTo is not null;
}
