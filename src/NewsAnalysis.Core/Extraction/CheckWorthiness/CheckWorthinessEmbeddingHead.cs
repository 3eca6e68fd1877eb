using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

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

    internal CheckWorthinessEmbeddingHead(float[] mean, float[] inverseSpread, float[] weights, float bias)
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

        return Logistic.Sigmoid(margin);
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
}
