using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// How likely a name is the antecedent of a pronoun after it: a logistic regression over
/// <see cref="AntecedentFeatures"/>, trained on GAP's development split. A pronoun takes the entity of its likeliest
/// name when that is at least <see cref="Threshold"/>; below it the pronoun stays unresolved. It carries the first names
/// whose gender the same passages settle (<see cref="FirstNameGenders"/>). The encoder model adds weights over
/// <see cref="EncoderEvidence"/>, the pronoun and the name read in context by <see cref="ContextualTokenVectors"/>; it is
/// used only where the sentence encoder is switched on. Load once and share.
/// </summary>
public sealed class AntecedentModel
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.antecedent-model.bin.gz";
    private const string EncoderResource = "NewsAnalysis.Core.Resources.antecedent-encoder-model.bin.gz";
    private const int Magic = 0x4D444E41; // "ANDM"
    private const int FormatVersion = 3;
    private static readonly Lazy<AntecedentModel> Default = new(() => LoadEmbedded(DefaultResource));
    private static readonly Lazy<AntecedentModel> WithEncoder = new(() => LoadEmbedded(EncoderResource));

    private readonly float[] _weights;
    private readonly float[]? _encoderWeights;

    internal AntecedentModel(int hashBits, float[] weights, double threshold, FirstNameGenders firstNames, float[]? encoderWeights = null)
    {
        HashBits = hashBits;
        _weights = weights;
        Threshold = threshold;
        FirstNames = firstNames;
        _encoderWeights = encoderWeights;
    }

    public int HashBits { get; }

    /// <summary>Whether the model reads the encoder's evidence (<see cref="EncoderEvidence"/>) besides the hashed features.</summary>
    public bool ReadsEncoder => _encoderWeights is not null;

    public double Threshold { get; }

    internal FirstNameGenders FirstNames { get; }

    /// <summary>The model that ships inside this assembly.</summary>
    public static AntecedentModel LoadDefault() => Default.Value;

    /// <summary>The shipped model that also reads the sentence encoder's evidence.</summary>
    public static AntecedentModel LoadDefaultWithEncoder() => WithEncoder.Value;

    public static AntecedentModel Load(Stream gzipStream)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "pronoun antecedent");
        var hashBits = reader.ReadInt32();
        var threshold = reader.ReadDouble();
        if (hashBits is < 8 or > 24 || threshold is < 0 or > 1)
        {
            throw new InvalidDataException("The antecedent model's header is out of range.");
        }

        var weights = SparseWeights.Read(reader, 1 << hashBits, "antecedent");
        var firstNames = FirstNameGenders.Read(reader);
        var encoderLength = reader.ReadInt32();
        if (encoderLength != 0 && encoderLength != EncoderEvidence.Length)
        {
            throw new InvalidDataException($"The antecedent model's encoder weights number {encoderLength}, not {EncoderEvidence.Length}.");
        }

        float[]? encoderWeights = null;
        if (encoderLength > 0)
        {
            encoderWeights = new float[encoderLength];
            for (var j = 0; j < encoderLength; j++)
            {
                encoderWeights[j] = reader.ReadSingle();
            }
        }

        return new AntecedentModel(hashBits, weights, threshold, firstNames, encoderWeights);
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(HashBits);
        writer.Write(Threshold);
        SparseWeights.Write(writer, _weights);
        FirstNames.Write(writer);
        writer.Write(_encoderWeights?.Length ?? 0);
        foreach (var weight in _encoderWeights ?? [])
        {
            writer.Write(weight);
        }
    }

    /// <summary>The same model with another threshold.</summary>
    public AntecedentModel WithThreshold(double threshold) => new(HashBits, _weights, threshold, FirstNames, _encoderWeights);

    /// <summary>
    /// The likelihood (0..1) that the name these features describe is the pronoun's antecedent; an encoder model also
    /// reads the <paramref name="evidence"/> when there is some.
    /// </summary>
    public double Probability(int[] features, float[]? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        var margin = 0.0;
        foreach (var feature in features)
        {
            margin += _weights[feature];
        }

        if (_encoderWeights is not null && evidence is not null)
        {
            for (var j = 0; j < evidence.Length; j++)
            {
                margin += _encoderWeights[j] * evidence[j];
            }
        }

        return Logistic.Sigmoid(margin);
    }

    private static AntecedentModel LoadEmbedded(string resource)
    {
        using var stream = ModelFile.OpenEmbedded(resource);
        return Load(stream);
    }
}
