using NewsAnalysis.Core.Extraction.CheckWorthiness;

namespace NewsAnalysis.Training.CheckWorthiness;

/// <summary>
/// Hyper-parameters of <see cref="CheckWorthinessTrainer.Train"/>. The model is logistic regression fitted
/// with FTRL-Proximal (per-feature adaptive learning rates, L1 and L2 regularisation); see
/// docs/decisions/0002-check-worthiness-classifier.md.
/// </summary>
public sealed record CheckWorthinessTrainingOptions
{
    /// <summary>Passes over the training examples, each in a freshly shuffled order.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>L1 strength; larger values zero out more rare features and shrink the saved model.</summary>
    public double L1 { get; init; } = 0.1;

    /// <summary>L2 strength.</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>FTRL alpha: the scale of the per-feature learning rate.</summary>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>Weight of a check-worthy example's loss relative to a non-check-worthy one.</summary>
    public double PositiveClassWeight { get; init; } = 2.0;

    /// <summary>Feature indices are hashed into 2^HashBits buckets.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Optional feature templates to use besides the basic ones.</summary>
    public CheckWorthinessFeatureSet Features { get; init; } =
        CheckWorthinessFeatureSet.CharacterNGrams | CheckWorthinessFeatureSet.WordTrigrams | CheckWorthinessFeatureSet.WordClassNGrams;

    /// <summary>
    /// Smoothing of naive-Bayes log-count ratios that scale each feature before fitting (NBSVM-style);
    /// zero turns the scaling off.
    /// </summary>
    public double NaiveBayesSmoothing { get; init; } = 0.25;

    /// <summary>Seed of the shuffling; training is fully deterministic for a given seed.</summary>
    public ulong Seed { get; init; } = 20240601;

    /// <summary>Decision threshold stored in the model; tune it on held-out data with <see cref="CheckWorthinessScorer.WithThreshold"/>.</summary>
    public double Threshold { get; init; } = 0.5;
}
