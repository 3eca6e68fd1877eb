namespace NewsAnalysis.Training.Corpora;

/// <summary>
/// One row of GAP (Webster et al. 2018): a Wikipedia passage, a pronoun in it and two names, each marked as the
/// pronoun's antecedent or not. Offsets are character positions in <see cref="Text"/>.
/// </summary>
public sealed record GapExample(
    string Id,
    string Text,
    string Pronoun,
    int PronounOffset,
    string A,
    int AOffset,
    bool ACoreferent,
    string B,
    int BOffset,
    bool BCoreferent)
{
    /// <summary>"he", "him", "his", "himself" (the metric's masculine rows); the rest are feminine.</summary>
    public bool IsMasculine => Pronoun.ToLowerInvariant() is "he" or "him" or "his" or "himself";
}
