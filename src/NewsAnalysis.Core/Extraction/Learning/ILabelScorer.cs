namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>Scores every label for one token from its feature hashes.</summary>
internal interface ILabelScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
