using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.Learning;

/// <summary>
/// Logistic regression over binary hashed features (each example a list of feature indices), fitted with AdaGrad and
/// an L2 penalty, in seeded shuffles; no bias term (a feature that fires everywhere plays that part). Deterministic for
/// a given input and seed. The claim content chooser and the pronoun antecedent model train with it.
/// </summary>
public static class SparseLogisticRegression
{
    /// <returns>One weight per feature index below <paramref name="size"/>.</returns>
    public static float[] Train(
        IReadOnlyList<(IReadOnlyList<int> Features, bool Label)> examples, int size, int epochs, int seed, double learningRate, double l2)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var w = new double[size];
        var squared = new double[size];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, label) = examples[i];
                var margin = 0.0;
                foreach (var f in features)
                {
                    margin += w[f];
                }

                var gradient = Logistic.Sigmoid(margin) - (label ? 1 : 0);
                foreach (var f in features)
                {
                    var g = gradient + (l2 * w[f]);
                    squared[f] += g * g;
                    w[f] -= learningRate * g / Math.Sqrt(squared[f] + 1e-6);
                }
            }
        }

        return [.. w.Select(x => (float)x)];
    }
}
