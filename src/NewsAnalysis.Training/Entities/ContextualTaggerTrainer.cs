using System.Numerics;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>Settings for <see cref="ContextualTaggerTrainer.Train"/>; the defaults reproduce the shipped tagger.</summary>
public sealed record ContextualTaggerOptions
{
    /// <summary>Whether the vectors come from sentences encoded with their neighbours (<see cref="ContextualTokenEncoder.DocumentContext"/>).</summary>
    public bool DocumentContext { get; init; } = true;

    /// <summary>Neighbours read on each side of a token.</summary>
    public int Window { get; init; } = 1;

    /// <summary>Units of the hidden layer; 0 trains a linear tagger.</summary>
    public int Hidden { get; init; }

    public int Epochs { get; init; } = 6;

    public int BatchSize { get; init; } = 32;

    /// <summary>Adam's step size.</summary>
    public float LearningRate { get; init; } = 0.001f;

    /// <summary>Seed of the token shuffle and of the first weights.</summary>
    public int Seed { get; init; } = 17;
}

/// <summary>
/// Trains the <see cref="ContextualTagger"/> on the encoder's token vectors of tagged sentences: cross-entropy over the
/// BILOU labels, mini-batches with Adam, one thread and a seeded shuffle, so a rerun gives the same weights.
/// </summary>
public static class ContextualTaggerTrainer
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    /// <param name="vectors">Per sentence, its tokens' vectors (<see cref="ContextualTokenEncoder.Encode"/>).</param>
    /// <param name="gold">Per sentence, its tokens' BILOU labels.</param>
    public static ContextualTagger Train(
        IReadOnlyList<float[]> vectors, IReadOnlyList<int[]> gold, ContextualTaggerOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(options);
        const int dimensions = ContextualTokenEncoder.Dimensions;
        var labels = ContextualTagger.Labels;
        var (mean, scale) = Standardisation(vectors);
        var inputs = ((2 * options.Window) + 1) * dimensions;
        var hidden = options.Hidden;
        var last = hidden > 0 ? hidden : inputs;
        var random = new Random(options.Seed);
        var parameters = new[]
        {
            Initial(random, hidden * inputs, inputs),
            new float[hidden],
            hidden > 0 ? Initial(random, labels * last, last) : new float[labels * last],
            new float[labels],
        };
        var gradients = parameters.Select(p => new float[p.Length]).ToArray();
        var moments = parameters.Select(p => new float[p.Length]).ToArray();
        var squares = parameters.Select(p => new float[p.Length]).ToArray();

        var tokens = new List<(int Sentence, int Token)>();
        for (var s = 0; s < gold.Count; s++)
        {
            for (var i = 0; i < gold[s].Length; i++)
            {
                tokens.Add((s, i));
            }
        }

        var order = tokens.ToArray();
        var input = new float[inputs];
        var activations = new float[hidden];
        var output = new float[labels];
        var outputGradient = new float[labels];
        var hiddenGradient = new float[hidden];
        var step = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            var correct = 0;
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                var end = Math.Min(order.Length, start + options.BatchSize);
                foreach (var gradient in gradients)
                {
                    Array.Clear(gradient);
                }

                for (var b = start; b < end; b++)
                {
                    var (s, i) = order[b];
                    Standardised(vectors[s], gold[s].Length, i, options.Window, mean, scale, input);
                    ReadOnlySpan<float> top = input;
                    if (hidden > 0)
                    {
                        for (var h = 0; h < hidden; h++)
                        {
                            var sum = parameters[1][h] + ContextualTagger.Dot(parameters[0].AsSpan(h * inputs, inputs), input);
                            activations[h] = sum > 0 ? sum : 0;
                        }

                        top = activations;
                    }

                    var max = float.NegativeInfinity;
                    var best = 0;
                    for (var label = 0; label < labels; label++)
                    {
                        output[label] = parameters[3][label] + ContextualTagger.Dot(parameters[2].AsSpan(label * last, last), top);
                        if (output[label] > max)
                        {
                            max = output[label];
                            best = label;
                        }
                    }

                    var total = 0f;
                    for (var label = 0; label < labels; label++)
                    {
                        output[label] = MathF.Exp(output[label] - max);
                        total += output[label];
                    }

                    var target = gold[s][i];
                    loss -= Math.Log(output[target] / total);
                    correct += best == target ? 1 : 0;
                    for (var label = 0; label < labels; label++)
                    {
                        outputGradient[label] = (output[label] / total) - (label == target ? 1 : 0);
                        gradients[3][label] += outputGradient[label];
                        AddScaled(gradients[2].AsSpan(label * last, last), top, outputGradient[label]);
                    }

                    if (hidden > 0)
                    {
                        Array.Clear(hiddenGradient);
                        for (var label = 0; label < labels; label++)
                        {
                            AddScaled(hiddenGradient, parameters[2].AsSpan(label * last, last), outputGradient[label]);
                        }

                        for (var h = 0; h < hidden; h++)
                        {
                            if (activations[h] > 0)
                            {
                                gradients[1][h] += hiddenGradient[h];
                                AddScaled(gradients[0].AsSpan(h * inputs, inputs), input, hiddenGradient[h]);
                            }
                        }
                    }
                }

                step++;
                var count = end - start;
                for (var p = 0; p < parameters.Length; p++)
                {
                    Adam(parameters[p], gradients[p], moments[p], squares[p], 1f / count, options.LearningRate, step);
                }
            }

            log?.Invoke($"epoch {epoch}: mean loss {loss / order.Length:F4}, token accuracy {100.0 * correct / order.Length:F2}%");
        }

        return new ContextualTagger(options.DocumentContext, options.Window, hidden, 1f, mean, scale, parameters[0], parameters[1], parameters[2], parameters[3]);
    }

    private static (float[] Mean, float[] Scale) Standardisation(IReadOnlyList<float[]> vectors)
    {
        const int dimensions = ContextualTokenEncoder.Dimensions;
        var sum = new double[dimensions];
        var squares = new double[dimensions];
        long count = 0;
        foreach (var sentence in vectors)
        {
            for (var offset = 0; offset < sentence.Length; offset += dimensions)
            {
                for (var k = 0; k < dimensions; k++)
                {
                    sum[k] += sentence[offset + k];
                    squares[k] += (double)sentence[offset + k] * sentence[offset + k];
                }

                count++;
            }
        }

        var mean = new float[dimensions];
        var scale = new float[dimensions];
        for (var k = 0; k < dimensions; k++)
        {
            var m = sum[k] / Math.Max(1, count);
            var variance = Math.Max(0, (squares[k] / Math.Max(1, count)) - (m * m));
            mean[k] = (float)m;
            scale[k] = (float)(1 / (Math.Sqrt(variance) + 1e-3));
        }

        return (mean, scale);
    }

    private static void Standardised(float[] vectors, int tokenCount, int index, int window, float[] mean, float[] scale, float[] input)
    {
        const int dimensions = ContextualTokenEncoder.Dimensions;
        for (var offset = -window; offset <= window; offset++)
        {
            var target = input.AsSpan((offset + window) * dimensions, dimensions);
            var j = index + offset;
            if (j < 0 || j >= tokenCount)
            {
                target.Clear();
                continue;
            }

            for (var k = 0; k < dimensions; k++)
            {
                // Rounded as the saved tagger rounds its mean and scale, so training sees what recognition will.
                target[k] = (vectors[(j * dimensions) + k] - (float)(Half)mean[k]) * (float)(Half)scale[k];
            }
        }
    }

    private static float[] Initial(Random random, int count, int fanIn)
    {
        var values = new float[count];
        var bound = MathF.Sqrt(6f / fanIn);
        for (var i = 0; i < count; i++)
        {
            values[i] = (((float)random.NextDouble() * 2) - 1) * bound;
        }

        return values;
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float factor)
    {
        var width = Vector<float>.Count;
        var scaled = new Vector<float>(factor);
        var i = 0;
        for (; i <= target.Length - width; i += width)
        {
            (new Vector<float>(target[i..]) + (new Vector<float>(source[i..]) * scaled)).CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i] * factor;
        }
    }

    private static void Adam(float[] parameters, float[] gradients, float[] moments, float[] squares, float gradientScale, float rate, int step)
    {
        var correction1 = 1 - MathF.Pow(Beta1, step);
        var correction2 = 1 - MathF.Pow(Beta2, step);
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = gradients[i] * gradientScale;
            moments[i] = (Beta1 * moments[i]) + ((1 - Beta1) * g);
            squares[i] = (Beta2 * squares[i]) + ((1 - Beta2) * g * g);
            parameters[i] -= rate * (moments[i] / correction1) / (MathF.Sqrt(squares[i] / correction2) + Epsilon);
        }
    }
}
