namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>
/// Logistic regression over a sentence's <see cref="SentenceEmbedder"/> vector, each dimension
/// standardised by the training data's mean and spread: the half of the check-worthiness score that
/// reads meaning rather than words. Immutable once trained.
/// </summary>
internal sealed class CheckWorthinessEmbeddingHead
{
    private readonly float[] _mean;
    private readonly float[] _inverseSpread;
    private readonly float[] _weights;
    private readonly float _bias;

    private CheckWorthinessEmbeddingHead(float[] mean, float[] inverseSpread, float[] weights, float bias)
    {
        _mean = mean;
        _inverseSpread = inverseSpread;
        _weights = weights;
        _bias = bias;
    }

    public int Dimensions => _weights.Length;

    public double Probability(ReadOnlySpan<float> embedding)
    {
        if (embedding.Length != _weights.Length)
        {
            throw new ArgumentException($"Expected a vector of {_weights.Length} values, got {embedding.Length}.", nameof(embedding));
        }

        var margin = (double)_bias;
        for (var k = 0; k < _weights.Length; k++)
        {
            margin += _weights[k] * (embedding[k] - _mean[k]) * _inverseSpread[k];
        }

        return CheckWorthinessScorer.Sigmoid(margin);
    }

    /// <summary>
    /// Fits the head with Adam on weighted log loss in mini-batches, <paramref name="options"/>.Epochs passes
    /// in seeded shuffles; deterministic. <paramref name="afterEpoch"/> sees the head after every pass
    /// (for choosing the number of passes by cross-validation).
    /// </summary>
    public static CheckWorthinessEmbeddingHead Train(
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

                    var error = weight * (CheckWorthinessScorer.Sigmoid(margin) - (positive ? 1.0 : 0.0));
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

    public void Write(BinaryWriter writer)
    {
        writer.Write(_weights.Length);
        foreach (var values in new[] { _mean, _inverseSpread, _weights })
        {
            foreach (var value in values)
            {
                writer.Write(value);
            }
        }

        writer.Write(_bias);
    }

    public static CheckWorthinessEmbeddingHead Read(BinaryReader reader)
    {
        var dimensions = reader.ReadInt32();
        if (dimensions is < 1 or > 4096)
        {
            throw new InvalidDataException($"The check-worthiness head's {dimensions} dimensions are out of range.");
        }

        var arrays = new float[3][];
        for (var a = 0; a < arrays.Length; a++)
        {
            arrays[a] = new float[dimensions];
            for (var k = 0; k < dimensions; k++)
            {
                arrays[a][k] = reader.ReadSingle();
            }
        }

        return new CheckWorthinessEmbeddingHead(arrays[0], arrays[1], arrays[2], reader.ReadSingle());
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
