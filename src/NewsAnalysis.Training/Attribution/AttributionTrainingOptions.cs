namespace NewsAnalysis.Training.Attribution;

/// <summary>Settings for <see cref="AttributionTaggerTrainer.Train"/>; the defaults reproduce the shipped model.</summary>
public sealed record AttributionTrainingOptions
{
    /// <summary>Passes over the training articles.</summary>
    public int Epochs { get; init; } = 24;

    /// <summary>Seed of the article shuffle, so that training is reproducible.</summary>
    public int Seed { get; init; } = 23;

    /// <summary>A word joins the learned cue words when it is part of at least this many gold cues...</summary>
    public int MinCueCount { get; init; } = 3;

    /// <summary>...and this share of its occurrences is inside a gold cue.</summary>
    public double MinCueShare { get; init; } = 0.3;

    /// <summary>Label sequences kept while decoding; 1 is greedy.</summary>
    public int BeamWidth { get; init; } = 4;

    /// <summary>The largest passive-aggressive update step (MIRA's C); cross-validated among 0.01, 0.03, 0.1 and 0.3.</summary>
    public float MaxUpdateStep { get; init; } = 0.03f;

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the saved model.</summary>
    public float PruneThreshold { get; init; } = 2f;
}
