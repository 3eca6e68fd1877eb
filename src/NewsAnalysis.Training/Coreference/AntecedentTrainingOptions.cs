namespace NewsAnalysis.Training.Coreference;

/// <summary>Settings of <see cref="AntecedentModelTrainer.Train"/>; the defaults reproduce the shipped model.</summary>
public sealed record AntecedentTrainingOptions
{
    public int HashBits { get; init; } = 16;

    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 41;

    public double LearningRate { get; init; } = 0.1;

    public double L2 { get; init; } = 1e-4;

    /// <summary>The threshold before tuning.</summary>
    public double Threshold { get; init; } = 0.5;
}
