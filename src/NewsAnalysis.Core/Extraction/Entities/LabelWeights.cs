namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// The trained weights: one row of <see cref="BilouLabels.Count"/> floats per feature hash that
/// survived pruning. Read-only after construction, so concurrent scoring is safe.
/// </summary>
internal sealed class LabelWeights : ILabelScorer
{
    private const int Width = BilouLabels.Count;
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public LabelWeights(Dictionary<ulong, int> rows, float[] weights)
    {
        _rows = rows;
        _weights = weights;
    }

    public int FeatureCount => _rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row))
            {
                continue;
            }

            var weights = _weights.AsSpan(row * Width, Width);
            for (var k = 0; k < Width; k++)
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
        Span<byte> labels = stackalloc byte[Width];
        foreach (var key in keys)
        {
            var weights = _weights.AsSpan(_rows[key] * Width, Width);
            var nonZero = 0;
            for (var k = 0; k < Width; k++)
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

    public static LabelWeights Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * Width];
        for (var row = 0; row < count; row++)
        {
            rows.Add(reader.ReadUInt64(), row);
            int nonZero = reader.ReadByte();
            for (var j = 0; j < nonZero; j++)
            {
                int label = reader.ReadByte();
                weights[(row * Width) + label] = (float)reader.ReadHalf();
            }
        }

        return new LabelWeights(rows, weights);
    }
}
