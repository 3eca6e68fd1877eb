using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Training.Learning;

namespace NewsAnalysis.Training.Claims;

/// <summary>Trains the <see cref="ClaimContentChooser"/> on candidates the cross-validated tagger made.</summary>
public static class ClaimContentChooserTrainer
{
    /// <summary>
    /// Trains one logistic regression per kind of candidate (AdaGrad, L2), deterministic for a given input and seed.
    /// The thresholds are those given; <see cref="ClaimContentChooser.WithThresholds"/> sets the ones cross-validation picks.
    /// </summary>
    /// <param name="examples">Candidates with whether each matches a gold content (intersection over union at least 0.5).</param>
    public static ClaimContentChooser Train(
        IReadOnlyList<(ContentCandidate Candidate, bool Matches)> examples, ClaimContentTrainingOptions options, double switchMargin = 0.2, double dropBelow = 0.15)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var size = 1 << options.HashBits;
        var weights = new float[ClaimContentChooser.KindCount][];
        for (var k = 0; k < ClaimContentChooser.KindCount; k++)
        {
            var ofKind = examples.Where(e => (int)e.Candidate.Kind == k).Select(e => ((IReadOnlyList<int>)e.Candidate.Features, e.Matches)).ToArray();
            weights[k] = SparseLogisticRegression.Train(ofKind, size, options.Epochs, options.Seed + k, options.LearningRate, options.L2);
        }

        return new ClaimContentChooser(options.HashBits, weights, switchMargin, dropBelow);
    }
}
