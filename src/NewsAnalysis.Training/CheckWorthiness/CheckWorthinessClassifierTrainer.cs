using NewsAnalysis.Core.Extraction.CheckWorthiness;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.CheckWorthiness;

/// <summary>Trains the sentence-encoder half of the <see cref="CheckWorthinessClassifier"/> beside a lexical model.</summary>
public static class CheckWorthinessClassifierTrainer
{
    /// <summary>
    /// Fits the encoder half on <paramref name="examples"/> (with their <paramref name="vectors"/>) beside
    /// <paramref name="lexical"/>: k-fold cross-validation over the examples picks the number of passes, the
    /// lexical share and the threshold by F1 of the check-worthy class, and the head is then trained on all
    /// examples. Deterministic.
    /// </summary>
    public static (CheckWorthinessClassifier Classifier, CheckWorthinessEvaluation CrossValidated, int Epochs) Train(
        IReadOnlyList<(string Text, bool CheckWorthy)> examples,
        IReadOnlyList<float[]> vectors,
        CheckWorthinessScorer lexical,
        CheckWorthinessTrainingOptions lexicalOptions,
        CheckWorthinessHeadOptions options,
        SentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(options);
        var labels = examples.Select(e => e.CheckWorthy).ToArray();
        var lexicalOutOfFold = new double[examples.Count];
        var headOutOfFold = Enumerable.Range(0, options.Epochs).Select(_ => new double[examples.Count]).ToArray();
        Parallel.For(0, options.Folds, fold =>
        {
            var training = Enumerable.Range(0, examples.Count).Where(i => i % options.Folds != fold).ToArray();
            var held = Enumerable.Range(0, examples.Count).Where(i => i % options.Folds == fold).ToArray();
            var foldLexical = CheckWorthinessTrainer.Train([.. training.Select(i => examples[i])], lexicalOptions);
            foreach (var i in held)
            {
                lexicalOutOfFold[i] = foldLexical.Score(examples[i].Text);
            }

            TrainHead(
                [.. training.Select(i => vectors[i])],
                [.. training.Select(i => labels[i])],
                options,
                (epoch, head) =>
                {
                    foreach (var i in held)
                    {
                        headOutOfFold[epoch - 1][i] = head.Probability(vectors[i]);
                    }
                });
        });

        CheckWorthinessEvaluation? best = null;
        var (bestEpochs, bestWeight, bestThreshold) = (0, 0.0, 0.0);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            foreach (var weight in options.LexicalWeights)
            {
                var scored = Enumerable.Range(0, examples.Count)
                    .Select(i => ((weight * lexicalOutOfFold[i]) + ((1 - weight) * headOutOfFold[epoch - 1][i]), labels[i]))
                    .ToList();
                var threshold = CheckWorthinessEvaluation.BestF1Threshold(scored);
                var evaluation = CheckWorthinessEvaluation.FromScores(scored, threshold);
                if (best is null || evaluation.F1 > best.F1)
                {
                    (best, bestEpochs, bestWeight, bestThreshold) = (evaluation, epoch, weight, threshold);
                }
            }
        }

        var final = TrainHead(vectors, labels, options with { Epochs = bestEpochs });
        return (new CheckWorthinessClassifier(lexical, final, embedder, bestWeight, bestThreshold), best!, bestEpochs);
    }

    /// <summary>
    /// Fits the head with Adam on weighted log loss in mini-batches, <paramref name="options"/>.Epochs passes
    /// in seeded shuffles; deterministic. <paramref name="afterEpoch"/> sees the head after every pass
    /// (for choosing the number of passes by cross-validation).
    /// </summary>
    internal static CheckWorthinessEmbeddingHead TrainHead(
        IReadOnlyList<float[]> vectors, IReadOnlyList<bool> labels, CheckWorthinessHeadOptions options, Action<int, CheckWorthinessEmbeddingHead>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        if (vectors.Count == 0 || vectors.Count != labels.Count)
        {
            throw new ArgumentException("Training needs as many labels as vectors, and at least one of each.");
        }

        var dimensions = vectors[0].Length;
        var (mean, inverseSpread) = Standardisation(vectors, dimensions);
        var inputs = vectors.Select(v => Standardise(v, mean, inverseSpread)).ToArray();

        // Parameters: the weights, then the bias.
        var parameters = new double[dimensions + 1];
        var firstMoment = new double[dimensions + 1];
        var secondMoment = new double[dimensions + 1];
        var gradient = new double[dimensions + 1];
        const double beta1 = 0.9;
        const double beta2 = 0.999;
        const double epsilon = 1e-8;
        var order = Enumerable.Range(0, inputs.Length).ToArray();
        var random = new Random(options.Seed);
        var step = 0;
        CheckWorthinessEmbeddingHead? head = null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                Array.Clear(gradient);
                var batchWeight = 0.0;
                for (var b = start; b < Math.Min(start + options.BatchSize, order.Length); b++)
                {
                    var x = inputs[order[b]];
                    var positive = labels[order[b]];
                    var weight = positive ? options.PositiveClassWeight : 1.0;
                    var margin = parameters[dimensions];
                    for (var k = 0; k < dimensions; k++)
                    {
                        margin += parameters[k] * x[k];
                    }

                    var error = weight * (Logistic.Sigmoid(margin) - (positive ? 1.0 : 0.0));
                    for (var k = 0; k < dimensions; k++)
                    {
                        gradient[k] += error * x[k];
                    }

                    gradient[dimensions] += error;
                    batchWeight += weight;
                }

                step++;
                var correction1 = 1 - Math.Pow(beta1, step);
                var correction2 = 1 - Math.Pow(beta2, step);
                for (var k = 0; k <= dimensions; k++)
                {
                    var g = (gradient[k] / batchWeight) + (k < dimensions ? options.L2 * parameters[k] : 0.0);
                    firstMoment[k] = (beta1 * firstMoment[k]) + ((1 - beta1) * g);
                    secondMoment[k] = (beta2 * secondMoment[k]) + ((1 - beta2) * g * g);
                    parameters[k] -= options.LearningRate * (firstMoment[k] / correction1) / (Math.Sqrt(secondMoment[k] / correction2) + epsilon);
                }
            }

            head = new CheckWorthinessEmbeddingHead(mean, inverseSpread, [.. parameters.Take(dimensions).Select(p => (float)p)], (float)parameters[dimensions]);
            afterEpoch?.Invoke(epoch, head);
        }

        return head!;
    }

    private static (float[] Mean, float[] InverseSpread) Standardisation(IReadOnlyList<float[]> vectors, int dimensions)
    {
        var mean = new double[dimensions];
        var square = new double[dimensions];
        foreach (var vector in vectors)
        {
            if (vector.Length != dimensions)
            {
                throw new ArgumentException("All vectors must have the same length.", nameof(vectors));
            }

            for (var k = 0; k < dimensions; k++)
            {
                mean[k] += vector[k];
                square[k] += (double)vector[k] * vector[k];
            }
        }

        var inverseSpread = new float[dimensions];
        for (var k = 0; k < dimensions; k++)
        {
            mean[k] /= vectors.Count;
            var variance = Math.Max(0, (square[k] / vectors.Count) - (mean[k] * mean[k]));
            inverseSpread[k] = (float)(1.0 / (Math.Sqrt(variance) + 1e-6));
        }

        return ([.. mean.Select(m => (float)m)], inverseSpread);
    }

    private static double[] Standardise(float[] vector, float[] mean, float[] inverseSpread)
    {
        var x = new double[vector.Length];
        for (var k = 0; k < vector.Length; k++)
        {
            x[k] = (vector[k] - mean[k]) * inverseSpread[k];
        }

        return x;
    }
}
