using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Type vectors from the encoder's context: every sentence of unlabelled text runs through the arctic-embed-xs
/// transformer, each word's occurrence gets the mean of its pieces' last hidden states, and a word's vector is
/// the mean over its occurrences. A name read once in "... said Mr X" lands near other people's names, which
/// the context-free piece rows cannot give. Run on one thread, in the order given, so a rerun on the same
/// machine gives the same sums.
/// </summary>
public sealed class ContextualWordVectors : IDisposable
{
    private const int MaxPieces = 254; // [CLS] and [SEP] make 256

    private readonly TokenEmbeddingTable _table;
    private readonly ArcticEncoder _encoder = new();
    private readonly SortedDictionary<string, (float[] Sum, int Count)> _words = new(StringComparer.Ordinal);
    private readonly int _cls;
    private readonly int _sep;
    private readonly int _unknown;

    public ContextualWordVectors(TokenEmbeddingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _cls = table.IdOf("[CLS]");
        _sep = table.IdOf("[SEP]");
        _unknown = table.IdOf("[UNK]");
    }

    public int SentenceCount { get; private set; }

    /// <summary>Adds the words (with a letter) of one sentence, read in its context.</summary>
    public void Add(IReadOnlyList<string> sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var ids = new List<long> { _cls };
        var ranges = new List<(string Word, int Start, int End)>();
        foreach (var token in sentence)
        {
            var pieces = _table.WordPieces(WordClusterBuilder.BertForm(token));
            var pieceIds = pieces is null || pieces.Count == 0 ? [_unknown] : pieces.Select(p => (long)_table.IdOf(p)).ToList();
            if (ids.Count - 1 + pieceIds.Count > MaxPieces)
            {
                break;
            }

            var word = WordClusterBuilder.Normalize(token);
            if (pieces is { Count: > 0 } && word.Any(char.IsLetter))
            {
                ranges.Add((word, ids.Count, ids.Count + pieceIds.Count));
            }

            ids.AddRange(pieceIds);
        }

        ids.Add(_sep);
        SentenceCount++;
        if (ranges.Count == 0)
        {
            return;
        }

        var idArray = ids.ToArray();
        var mask = new long[idArray.Length];
        Array.Fill(mask, 1L);
        using var outputs = _encoder.LastHiddenState(idArray, mask, rows: 1);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dimensions = _table.Dimensions;
        foreach (var (word, start, end) in ranges)
        {
            if (!_words.TryGetValue(word, out var entry))
            {
                entry = (new float[dimensions], 0);
            }

            for (var p = start; p < end; p++)
            {
                var row = hidden.Slice(p * dimensions, dimensions);
                for (var k = 0; k < dimensions; k++)
                {
                    entry.Sum[k] += row[k] / (end - start);
                }
            }

            _words[word] = (entry.Sum, entry.Count + 1);
        }
    }

    /// <summary>Each word's mean vector, in ordinal word order.</summary>
    public SortedDictionary<string, float[]> Vectors()
    {
        var vectors = new SortedDictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (word, (sum, count)) in _words)
        {
            vectors.Add(word, sum.Select(v => v / count).ToArray());
        }

        return vectors;
    }

    public void Dispose() => _encoder.Dispose();
}
