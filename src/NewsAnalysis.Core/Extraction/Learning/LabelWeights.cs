using System.Numerics;

namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// The trained weights: one row of <see cref="LabelCount"/> floats per feature hash that survived
/// pruning. Read-only after construction, so concurrent scoring is safe. The file stores only the
/// non-zero weights with their label numbers, not the width: the model that owns the table knows its
/// label count and passes it to <see cref="Read"/>.
/// </summary>
internal sealed class LabelWeights : ILabelScorer
{
    /// <summary>Label numbers are stored as one byte.</summary>
    public const int MaxLabels = 256;

    private readonly int _width;
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public LabelWeights(int labelCount, Dictionary<ulong, int> rows, float[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labelCount, MaxLabels);
        if (weights.Length != rows.Count * labelCount)
        {
            throw new ArgumentException($"Expected {rows.Count} rows of {labelCount} weights, got {weights.Length} weights.", nameof(weights));
        }

        _width = labelCount;
        _rows = rows;
        _weights = weights;
    }

    public int LabelCount => _width;

    public int FeatureCount => _rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Accumulate(features, scores);
    }

    public void Accumulate(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row))
            {
                continue;
            }

            var weights = _weights.AsSpan(row * _width, _width);
            var k = 0;
            // Element-wise adds in the same order as the scalar loop: the same sums, bit for bit.
            for (; k <= _width - Vector<float>.Count; k += Vector<float>.Count)
            {
                (new Vector<float>(scores[k..]) + new Vector<float>(weights[k..])).CopyTo(scores[k..]);
            }

            for (; k < _width; k++)
            {
                scores[k] += weights[k];
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        // Sorted so that the same model always produces the same bytes.
        var keys = _rows.Keys.ToArray();
        Array.Sort(keys);
        writer.Write(keys.Length);
        Span<byte> labels = stackalloc byte[_width];
        foreach (var key in keys)
        {
            var weights = _weights.AsSpan(_rows[key] * _width, _width);
            var nonZero = 0;
            for (var k = 0; k < _width; k++)
            {
                if (weights[k] != 0)
                {
                    labels[nonZero++] = (byte)k;
                }
            }

            writer.Write(key);
            writer.Write((byte)nonZero);
            for (var j = 0; j < nonZero; j++)
            {
                writer.Write(labels[j]);
                writer.Write((Half)weights[labels[j]]);
            }
        }
    }

    /// <param name="labelCount">The width the table was trained with; a label number beyond it is a corrupt file.</param>
    public static LabelWeights Read(BinaryReader reader, int labelCount)
    {
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * labelCount];
        for (var row = 0; row < count; row++)
        {
            rows.Add(reader.ReadUInt64(), row);
            int nonZero = reader.ReadByte();
            for (var j = 0; j < nonZero; j++)
            {
                int label = reader.ReadByte();
                if (label >= labelCount)
                {
                    throw new InvalidDataException($"Label {label} is outside the model's {labelCount} labels.");
                }

                weights[(row * labelCount) + label] = (float)reader.ReadHalf();
            }
        }

        return new LabelWeights(labelCount, rows, weights);
    }
}
