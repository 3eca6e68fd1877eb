using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>Settings for <see cref="EntityRecognizerTrainer.Train"/>; the defaults reproduce the shipped model.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training documents.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Seed of the document shuffle, so that training is reproducible.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>
    /// The gazetteer feature for a training document is built from the other folds only; otherwise the
    /// model would learn that the gazetteer is always right, which it is not on unseen text.
    /// </summary>
    public int GazetteerFolds { get; init; } = 5;

    /// <summary>
    /// Words seen fewer times than this in training lose their word-identity features there, so that
    /// the shape, affix and context features learn to carry unseen names. 1 (the default) disables it:
    /// with 2 the model lost 0.4 F1 on eng.testa and did no better on hand-written modern names.
    /// </summary>
    public int RareWordCount { get; init; } = 1;

    /// <summary>The word clusters behind the cluster features; null means the table that ships in Core.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the saved model.</summary>
    public float PruneThreshold { get; init; } = 0.05f;
}
