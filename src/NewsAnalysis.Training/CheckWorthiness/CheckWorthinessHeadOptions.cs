namespace NewsAnalysis.Training.CheckWorthiness;

/// <summary>Hyper-parameters of the embedding half of the check-worthiness score (docs/decisions/0002, fifth round).</summary>
public sealed record CheckWorthinessHeadOptions
{
    /// <summary>The most passes over the training data; cross-validation picks how many of them to keep.</summary>
    public int Epochs { get; init; } = 24;

    public int BatchSize { get; init; } = 32;

    public double LearningRate { get; init; } = 1e-3;

    public double L2 { get; init; } = 1e-3;

    /// <summary>Weight of a check-worthy example's loss relative to a non-check-worthy one.</summary>
    public double PositiveClassWeight { get; init; } = 2.0;

    public int Seed { get; init; } = 7;

    /// <summary>Share of the lexical model in the mixed score that cross-validation may choose.</summary>
    public IReadOnlyList<double> LexicalWeights { get; init; } = [0.3, 0.4, 0.5, 0.6, 0.7];

    /// <summary>Folds of the cross-validation that picks passes, mixing share and threshold.</summary>
    public int Folds { get; init; } = 5;
}
