using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Learning;

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
            var ofKind = examples.Where(e => (int)e.Candidate.Kind == k).ToArray();
            var w = new double[size];
            var squared = new double[size];
            var order = Enumerable.Range(0, ofKind.Length).ToArray();
            var random = new Random(options.Seed + k);
            for (var epoch = 0; epoch < options.Epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (var i in order)
                {
                    var (candidate, matches) = ofKind[i];
                    var margin = 0.0;
                    foreach (var f in candidate.Features)
                    {
                        margin += w[f];
                    }

                    var gradient = Logistic.Sigmoid(margin) - (matches ? 1 : 0);
                    foreach (var f in candidate.Features)
                    {
                        var g = gradient + (options.L2 * w[f]);
                        squared[f] += g * g;
                        w[f] -= options.LearningRate * g / Math.Sqrt(squared[f] + 1e-6);
                    }
                }
            }

            weights[k] = [.. w.Select(x => (float)x)];
        }

        return new ClaimContentChooser(options.HashBits, weights, switchMargin, dropBelow);
    }
}
