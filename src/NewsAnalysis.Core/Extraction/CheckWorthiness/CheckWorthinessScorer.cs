using System.IO.Compression;
using System.Text;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>
/// Scores how likely one sentence is a check-worthy factual claim (the ClaimBuster notion: a statement of
/// fact the public would want verified, as opposed to opinion, promises, questions or chit-chat).
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class CheckWorthinessScorer
{
    private const string DefaultResourceName = "NewsAnalysis.Core.Resources.checkworthiness-model.bin.gz";
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "NACW"u8.ToArray();
    private static readonly Lazy<CheckWorthinessScorer> Default = new(LoadEmbedded);

    private readonly CheckWorthinessFeatures _features;
    private readonly float[] _weights;
    private readonly float _bias;

    internal CheckWorthinessScorer(CheckWorthinessFeatures features, float[] weights, float bias, double threshold)
    {
        _features = features;
        _weights = weights;
        _bias = bias;
        Threshold = threshold;
    }

    /// <summary>
    /// Decision threshold tuned for F1 on the held-out fifth of the training data: a sentence is
    /// check-worthy when <see cref="Score"/> is at least this value.
    /// </summary>
    public double Threshold { get; }

    /// <summary>Number of non-zero feature weights, i.e. what the saved model holds.</summary>
    public int NonZeroWeightCount => _weights.Count(w => w != 0f);

    /// <summary>The model shipped inside NewsAnalysis.Core; loaded once and shared.</summary>
    public static CheckWorthinessScorer LoadDefault() => Default.Value;

    /// <summary>Reads a model written by <see cref="Save"/> (gzip-compressed). Leaves the stream open.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a model in a known format.</exception>
    public static CheckWorthinessScorer Load(Stream gzipStream)
    {
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a check-worthiness model.");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Check-worthiness model format {version} is not supported.");
        }

        var hashBits = reader.ReadInt32();
        if (hashBits is < 8 or > 26)
        {
            throw new InvalidDataException($"Hash size 2^{hashBits} is out of range.");
        }

        var featureSet = (CheckWorthinessFeatureSet)reader.ReadInt32();
        var bias = reader.ReadSingle();
        var threshold = reader.ReadDouble();
        var count = reader.ReadInt32();
        var weights = new float[1 << hashBits];
        var index = 0;
        for (var i = 0; i < count; i++)
        {
            // Indices are written ascending as gaps, which gzip compresses far better than raw indices.
            index += reader.ReadInt32();
            if ((uint)index >= (uint)weights.Length)
            {
                throw new InvalidDataException("Feature index out of range.");
            }

            weights[index] = reader.ReadSingle();
        }

        return new CheckWorthinessScorer(new CheckWorthinessFeatures(hashBits, featureSet), weights, bias, threshold);
    }

    /// <summary>Writes the model gzip-compressed, keeping only non-zero weights. Leaves the stream open.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_features.HashBits);
        writer.Write((int)_features.FeatureSet);
        writer.Write(_bias);
        writer.Write(Threshold);
        writer.Write(NonZeroWeightCount);
        var previous = 0;
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0f)
            {
                writer.Write(i - previous);
                writer.Write(_weights[i]);
                previous = i;
            }
        }
    }

    /// <summary>Probability-like score in [0, 1] that <paramref name="sentence"/> is a check-worthy claim.</summary>
    public double Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var indices = new List<int>(256);
        _features.Extract(sentence, indices);
        var sum = 0.0;
        foreach (var index in indices)
        {
            sum += _weights[index];
        }

        return Logistic.Sigmoid(_bias + (sum * FeatureScale(indices.Count)));
    }

    /// <summary>The same model with another decision threshold.</summary>
    public CheckWorthinessScorer WithThreshold(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        return new CheckWorthinessScorer(_features, _weights, _bias, threshold);
    }

    /// <summary>
    /// Every feature occurrence has value 1/sqrt(n) for a sentence with n occurrences, so the feature
    /// vector has roughly unit length and long sentences do not get extreme scores just for being long.
    /// </summary>
    internal static double FeatureScale(int occurrences) => occurrences == 0 ? 0.0 : 1.0 / Math.Sqrt(occurrences);

    private static CheckWorthinessScorer LoadEmbedded()
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResourceName);
        return Load(stream);
    }
}
