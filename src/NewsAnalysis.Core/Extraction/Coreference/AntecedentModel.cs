using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// How likely a name is the antecedent of a pronoun after it: a logistic regression over
/// <see cref="AntecedentFeatures"/>, trained on GAP's development split. A pronoun takes the entity of its likeliest
/// name when that is at least <see cref="Threshold"/>; below it the pronoun stays unresolved. It carries the first names
/// whose gender the same passages settle (<see cref="FirstNameGenders"/>). Load once and share.
/// </summary>
/// <remarks>
/// Format version 3 ends with a count of encoder weights, left from an experiment that read the pronoun and the name
/// through the sentence encoder (decision 0020: measured and removed); the count is always 0, and a file with any is
/// refused.
/// </remarks>
public sealed class AntecedentModel
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.antecedent-model.bin.gz";
    private const int Magic = 0x4D444E41; // "ANDM"
    private const int FormatVersion = 3;
    private static readonly Lazy<AntecedentModel> Default = new(() => LoadEmbedded(DefaultResource));

    private readonly float[] _weights;

    internal AntecedentModel(int hashBits, float[] weights, double threshold, FirstNameGenders firstNames)
    {
        HashBits = hashBits;
        _weights = weights;
        Threshold = threshold;
        FirstNames = firstNames;
    }

    public int HashBits { get; }

    public double Threshold { get; }

    internal FirstNameGenders FirstNames { get; }

    /// <summary>The model that ships inside this assembly.</summary>
    public static AntecedentModel LoadDefault() => Default.Value;

    /// <exception cref="InvalidDataException">The stream is not an antecedent model of this format, or carries encoder weights.</exception>
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
        var encoderWeights = reader.ReadInt32();
        if (encoderWeights != 0)
        {
            throw new InvalidDataException(
                $"The antecedent model carries {encoderWeights} encoder weights; pronoun resolution no longer reads the sentence encoder (decision 0020), so retrain it with train-coreference.");
        }

        return new AntecedentModel(hashBits, weights, threshold, firstNames);
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(HashBits);
        writer.Write(Threshold);
        SparseWeights.Write(writer, _weights);
        FirstNames.Write(writer);
        writer.Write(0); // no encoder weights (see the remarks)
    }

    /// <summary>The same model with another threshold.</summary>
    public AntecedentModel WithThreshold(double threshold) => new(HashBits, _weights, threshold, FirstNames);

    /// <summary>The likelihood (0..1) that the name these features describe is the pronoun's antecedent.</summary>
    public double Probability(int[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var margin = 0.0;
        foreach (var feature in features)
        {
            margin += _weights[feature];
        }

        return Logistic.Sigmoid(margin);
    }

    private static AntecedentModel LoadEmbedded(string resource)
    {
        using var stream = ModelFile.OpenEmbedded(resource);
        return Load(stream);
    }
}
