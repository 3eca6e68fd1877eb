using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// How likely a name is the antecedent of a pronoun after it: a logistic regression over
/// <see cref="AntecedentFeatures"/>, trained on GAP's development split. A pronoun takes the entity of its likeliest
/// name when that is at least <see cref="Threshold"/>; below it the pronoun stays unresolved. It carries the first names
/// whose gender the same passages settle (<see cref="FirstNameGenders"/>). Load once and share.
/// </summary>
public sealed class AntecedentModel
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.antecedent-model.bin.gz";
    private const int Magic = 0x4D444E41; // "ANDM"
    private const int FormatVersion = 2;
    private static readonly Lazy<AntecedentModel> Default = new(() =>
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResource);
        return Load(stream);
    });

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
        return new AntecedentModel(hashBits, weights, threshold, FirstNameGenders.Read(reader));
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(HashBits);
        writer.Write(Threshold);
        SparseWeights.Write(writer, _weights);
        FirstNames.Write(writer);
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
}
