namespace NewsAnalysis.Training.Claims;

/// <summary>Hyper-parameters of <see cref="ClaimContentChooserTrainer"/> (docs/decisions/0003).</summary>
public sealed record ClaimContentTrainingOptions
{
    public int Epochs { get; init; } = 12;

    /// <summary>AdaGrad's base step.</summary>
    public double LearningRate { get; init; } = 0.1;

    public double L2 { get; init; } = 1e-4;

    public int HashBits { get; init; } = 18;

    public int Seed { get; init; } = 11;

    /// <summary>How much likelier than the content as found another candidate must be to replace it; cross-validation picks one.</summary>
    public IReadOnlyList<double> SwitchMargins { get; init; } = [0.2, 0.3, 0.4, 0.5, 0.7, 1.0];

    /// <summary>Below which likelihood of its best candidate a claim is dropped; cross-validation picks one.</summary>
    public IReadOnlyList<double> DropThresholds { get; init; } = [0.1, 0.15, 0.2, 0.25];
}
