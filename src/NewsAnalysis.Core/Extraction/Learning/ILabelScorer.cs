namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>Scores every label for one token from its feature hashes.</summary>
internal interface ILabelScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// Adds the weights of more features to <paramref name="scores"/>, in order: scoring A then adding B gives
    /// bit for bit what scoring A followed by B gives, so a part scored once can be reused.
    /// </summary>
    void Accumulate(ReadOnlySpan<ulong> features, Span<float> scores);
}
