using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// The trained weights: one row of <see cref="LabelCount"/> floats per feature hash that survived
/// pruning. Read-only after construction, so concurrent scoring is safe. The file stores only the
/// non-zero weights with their label numbers, not the width: the model that owns the table knows its
/// label count and passes it to <see cref="Read"/>.
/// </summary>
/// <remarks>
/// Scoring looks up every feature of every token, most of them in a table far larger than the processor's caches, so
/// the rows live in one open-addressed table with each row's key just before its weights: a lookup usually reads one
/// or two cache lines, where a dictionary of row numbers beside a separate weight array read three or four
/// (docs/decisions/0027). The hashes are already mixed (<see cref="FeatureHash.Mix"/>), so their low bits pick the slot.
/// </remarks>
internal sealed class LabelWeights : ILabelScorer
{
    /// <summary>Label numbers are stored as one byte.</summary>
    public const int MaxLabels = 256;

    /// <summary>Features whose first slots are read together (<see cref="Accumulate"/>).</summary>
    private const int Batch = 64;

    /// <summary>The key and its row: two floats' room for the 64-bit key, then the weights.</summary>
    private const int KeySize = 2;

    private readonly int _width;
    private readonly int _stride;
    private readonly ulong _mask;
    private readonly float[] _table;
    private int _count;

    /// <summary>
    /// Slot keys are 0 when empty; a feature whose hash is 0 keeps its row here instead (null when there is none).
    /// Written only while the table is built.
    /// </summary>
    private float[]? _zeroKeyRow;

    public LabelWeights(int labelCount, Dictionary<ulong, int> rows, float[] weights)
        : this(labelCount, rows.Count)
    {
        if (weights.Length != rows.Count * labelCount)
        {
            throw new ArgumentException($"Expected {rows.Count} rows of {labelCount} weights, got {weights.Length} weights.", nameof(weights));
        }

        foreach (var (key, row) in rows)
        {
            Add(key, weights.AsSpan(row * labelCount, labelCount));
        }
    }

    /// <summary>An empty table with room for <paramref name="rowCount"/> rows, which <see cref="Add"/> fills.</summary>
    private LabelWeights(int labelCount, int rowCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labelCount, MaxLabels);
        _width = labelCount;
        _stride = KeySize + labelCount;
        // At most two slots in three taken, so that a probe seldom runs past the slot after the first.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, (rowCount * 3 / 2) + 1));
        _mask = (ulong)capacity - 1;
        _table = new float[(long)capacity * _stride];
    }

    public int LabelCount => _width;

    public int FeatureCount => _count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Accumulate(features, scores);
    }

    public void Accumulate(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<ulong> firstKeys = stackalloc ulong[Batch];
        for (var start = 0; start < features.Length; start += Batch)
        {
            var batch = features.Slice(start, Math.Min(Batch, features.Length - start));
            // Every feature's first slot is read before any is used: no read waits for another, so their cache misses
            // overlap instead of coming one after the other.
            for (var j = 0; j < batch.Length; j++)
            {
                firstKeys[j] = KeyAt(batch[j] & _mask);
            }

            for (var j = 0; j < batch.Length; j++)
            {
                var weights = RowOf(batch[j], firstKeys[j]);
                if (weights.IsEmpty)
                {
                    continue;
                }

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
    }

    public void Write(BinaryWriter writer)
    {
        // Sorted so that the same model always produces the same bytes.
        var keys = new List<ulong>(_count);
        if (_zeroKeyRow is not null)
        {
            keys.Add(0);
        }

        for (var slot = 0UL; slot <= _mask; slot++)
        {
            if (KeyAt(slot) is var key && key != 0)
            {
                keys.Add(key);
            }
        }

        keys.Sort();
        writer.Write(keys.Count);
        Span<byte> labels = stackalloc byte[_width];
        foreach (var key in keys)
        {
            var weights = RowOf(key);
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
        if (count < 0)
        {
            throw new InvalidDataException($"The model says it has {count} feature rows.");
        }

        // Rows go straight into the table: no dictionary and weight array beside it while the model loads.
        var weights = new LabelWeights(labelCount, count);
        Span<float> row = stackalloc float[labelCount];
        for (var r = 0; r < count; r++)
        {
            var key = reader.ReadUInt64();
            row.Clear();
            int nonZero = reader.ReadByte();
            for (var j = 0; j < nonZero; j++)
            {
                int label = reader.ReadByte();
                if (label >= labelCount)
                {
                    throw new InvalidDataException($"Label {label} is outside the model's {labelCount} labels.");
                }

                row[label] = (float)reader.ReadHalf();
            }

            weights.Add(key, row);
        }

        return weights;
    }

    /// <summary>Puts a row in the table while it is built; a key that is there already is a corrupt model.</summary>
    private void Add(ulong key, ReadOnlySpan<float> weights)
    {
        if (key == 0 ? _zeroKeyRow is not null : !RowOf(key).IsEmpty)
        {
            throw new InvalidDataException($"The feature {key:X16} has two rows.");
        }

        _count++;
        if (key == 0)
        {
            _zeroKeyRow = weights.ToArray();
            return;
        }

        var slot = key & _mask;
        while (KeyAt(slot) != 0)
        {
            slot = (slot + 1) & _mask;
        }

        var offset = (int)slot * _stride;
        MemoryMarshal.Write(MemoryMarshal.AsBytes(_table.AsSpan(offset, KeySize)), key);
        weights.CopyTo(_table.AsSpan(offset + KeySize, _width));
    }

    /// <summary>The weights of <paramref name="feature"/>, empty when the model has no row for it.</summary>
    private ReadOnlySpan<float> RowOf(ulong feature) => RowOf(feature, KeyAt(feature & _mask));

    /// <param name="firstKey">The key in <paramref name="feature"/>'s first slot, read already.</param>
    private ReadOnlySpan<float> RowOf(ulong feature, ulong firstKey)
    {
        if (feature == 0)
        {
            return _zeroKeyRow;
        }

        var slot = feature & _mask;
        var key = firstKey;
        while (key != feature)
        {
            if (key == 0)
            {
                return [];
            }

            slot = (slot + 1) & _mask;
            key = KeyAt(slot);
        }

        return _table.AsSpan(((int)slot * _stride) + KeySize, _width);
    }

    private ulong KeyAt(ulong slot) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<float, byte>(ref _table[(int)slot * _stride]));
}
