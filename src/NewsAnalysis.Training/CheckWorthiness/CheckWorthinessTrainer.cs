using NewsAnalysis.Core.Extraction.CheckWorthiness;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.CheckWorthiness;

/// <summary>
/// Logistic regression fitted with FTRL-Proximal (McMahan et al., 2013). Per-feature learning rates suit
/// hashed text features, where a few cue features fire in every sentence and most n-grams fire once;
/// the L1 term makes the rare ones exactly zero, which keeps the shipped model small.
/// </summary>
internal static class CheckWorthinessTrainer
{
    private const double Beta = 1.0;

    public static CheckWorthinessScorer Train(
        IReadOnlyList<(string Text, bool CheckWorthy)> examples,
        CheckWorthinessTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HashBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.HashBits, 26);

        var features = new CheckWorthinessFeatures(options.HashBits, options.Features);
        var vectors = new SparseVector[examples.Count];
        var buffer = new List<int>(256);
        for (var i = 0; i < examples.Count; i++)
        {
            buffer.Clear();
            features.Extract(examples[i].Text, buffer);
            vectors[i] = SparseVector.FromOccurrences(buffer, CheckWorthinessScorer.FeatureScale(buffer.Count));
        }

        var size = 1 << options.HashBits;
        var ratios = options.NaiveBayesSmoothing > 0 ? LogCountRatios(vectors, examples, size, options.NaiveBayesSmoothing) : null;
        if (ratios is not null)
        {
            foreach (var vector in vectors)
            {
                for (var k = 0; k < vector.Indices.Length; k++)
                {
                    vector.Values[k] *= ratios[vector.Indices[k]];
                }
            }
        }

        var z = new double[size];
        var n = new double[size];
        double biasZ = 0, biasN = 0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        var alpha = options.LearningRate;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var vector = vectors[e];
                var bias = Weight(biasZ, biasN, alpha, 0, 0);
                var margin = bias;
                for (var k = 0; k < vector.Indices.Length; k++)
                {
                    var i = vector.Indices[k];
                    margin += Weight(z[i], n[i], alpha, options.L1, options.L2) * vector.Values[k];
                }

                var label = examples[e].CheckWorthy;
                var classWeight = label ? options.PositiveClassWeight : 1.0;
                var error = (Logistic.Sigmoid(margin) - (label ? 1.0 : 0.0)) * classWeight;

                Update(ref biasZ, ref biasN, error, bias, alpha);
                for (var k = 0; k < vector.Indices.Length; k++)
                {
                    var i = vector.Indices[k];
                    var w = Weight(z[i], n[i], alpha, options.L1, options.L2);
                    Update(ref z[i], ref n[i], error * vector.Values[k], w, alpha);
                }
            }
        }

        var weights = new float[size];
        for (var i = 0; i < size; i++)
        {
            // The ratios fold into the weights, so scoring needs no extra table.
            weights[i] = (float)(Weight(z[i], n[i], alpha, options.L1, options.L2) * (ratios?[i] ?? 1.0));
        }

        return new CheckWorthinessScorer(features, weights, (float)Weight(biasZ, biasN, alpha, 0, 0), options.Threshold);
    }

    private static double[] LogCountRatios(
        SparseVector[] vectors,
        IReadOnlyList<(string Text, bool CheckWorthy)> examples,
        int size,
        double smoothing)
    {
        var positive = new double[size];
        var negative = new double[size];
        for (var e = 0; e < vectors.Length; e++)
        {
            var counts = examples[e].CheckWorthy ? positive : negative;
            foreach (var i in vectors[e].Indices)
            {
                counts[i] += 1;
            }
        }

        // Smooth over the features that occur, not over all hash buckets, most of which stay empty.
        var seen = Enumerable.Range(0, size).Count(i => positive[i] + negative[i] > 0);
        var positiveTotal = positive.Sum() + (smoothing * seen);
        var negativeTotal = negative.Sum() + (smoothing * seen);
        var ratios = new double[size];
        for (var i = 0; i < size; i++)
        {
            ratios[i] = Math.Abs(Math.Log((positive[i] + smoothing) / positiveTotal) - Math.Log((negative[i] + smoothing) / negativeTotal));
        }

        return ratios;
    }

    private static double Weight(double z, double n, double alpha, double l1, double l2)
    {
        if (Math.Abs(z) <= l1)
        {
            return 0.0;
        }

        return -(z - (Math.Sign(z) * l1)) / (((Beta + Math.Sqrt(n)) / alpha) + l2);
    }

    private static void Update(ref double z, ref double n, double gradient, double weight, double alpha)
    {
        var sigma = (Math.Sqrt(n + (gradient * gradient)) - Math.Sqrt(n)) / alpha;
        z += gradient - (sigma * weight);
        n += gradient * gradient;
    }

    /// <summary>A sentence's distinct feature indices with their summed values.</summary>
    private readonly record struct SparseVector(int[] Indices, double[] Values)
    {
        public static SparseVector FromOccurrences(List<int> occurrences, double scale)
        {
            var counts = new SortedDictionary<int, int>();
            foreach (var index in occurrences)
            {
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }

            return new SparseVector(counts.Keys.ToArray(), counts.Values.Select(c => c * scale).ToArray());
        }
    }

    /// <summary>Seeded generator written out here so the shuffle does not depend on System.Random's algorithm.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        private ulong Next()
        {
            _state += 0x9E3779B97F4A7C15;
            var x = _state;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
            return x ^ (x >> 31);
        }
    }
}
