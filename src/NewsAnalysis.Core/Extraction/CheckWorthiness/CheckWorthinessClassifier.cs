using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>
/// The check-worthiness score of the product: the lexical model (<see cref="CheckWorthinessScorer"/>, words
/// and word classes) mixed with a logistic regression over the sentence's meaning vector
/// (<see cref="SentenceEmbedder"/>), the mixing share and threshold chosen by cross-validation
/// (docs/decisions/0002, fifth round). Without the encoder the lexical score stands alone. Safe to share
/// between threads.
/// </summary>
public sealed class CheckWorthinessClassifier
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.checkworthiness-embedding-model.bin.gz";
    private const int Magic = 0x45574348; // "HCWE"
    private const int FormatVersion = 1;

    private static readonly Lazy<SentenceEmbedder> SharedEmbedder = new(() => new SentenceEmbedder());
    private static readonly Lazy<(CheckWorthinessEmbeddingHead Head, double LexicalWeight, double Threshold)> DefaultHead = new(() =>
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResource);
        return ReadHead(stream);
    });

    private readonly CheckWorthinessEmbeddingHead? _head;
    private readonly SentenceEmbedder? _embedder;

    internal CheckWorthinessClassifier(CheckWorthinessScorer lexical, CheckWorthinessEmbeddingHead? head, SentenceEmbedder? embedder, double lexicalWeight, double threshold)
    {
        Lexical = lexical;
        _head = head;
        _embedder = embedder;
        LexicalWeight = head is null ? 1.0 : lexicalWeight;
        Threshold = threshold;
    }

    /// <summary>The lexical model.</summary>
    public CheckWorthinessScorer Lexical { get; }

    /// <summary>Whether scores include the sentence encoder's half.</summary>
    public bool UsesSentenceEncoder => _head is not null;

    /// <summary>Share of the lexical score in the mix (1 without the encoder).</summary>
    public double LexicalWeight { get; }

    /// <summary>A sentence is check-worthy when its score is at least this value (chosen by cross-validation).</summary>
    public double Threshold { get; }

    /// <summary>
    /// The shipped classifier. With <paramref name="useSentenceEncoder"/> false the encoder is not loaded and
    /// scores are the lexical model's: far cheaper, held-out F1 0.784 instead of 0.801 (README).
    /// </summary>
    public static CheckWorthinessClassifier LoadDefault(bool useSentenceEncoder = true)
    {
        var lexical = CheckWorthinessScorer.LoadDefault();
        if (!useSentenceEncoder)
        {
            return new CheckWorthinessClassifier(lexical, null, null, 1.0, lexical.Threshold);
        }

        var (head, lexicalWeight, threshold) = DefaultHead.Value;
        return new CheckWorthinessClassifier(lexical, head, SharedEmbedder.Value, lexicalWeight, threshold);
    }

    /// <summary>The lexical model with a head read from <paramref name="gzipStream"/> (written by <see cref="SaveHead"/>).</summary>
    public static CheckWorthinessClassifier Load(CheckWorthinessScorer lexical, Stream gzipStream, SentenceEmbedder embedder)
    {
        var (head, lexicalWeight, threshold) = ReadHead(gzipStream);
        return new CheckWorthinessClassifier(lexical, head, embedder, lexicalWeight, threshold);
    }

    /// <summary>Writes the encoder half (head, mixing share, threshold); the lexical model is saved on its own.</summary>
    public void SaveHead(Stream stream)
    {
        if (_head is null)
        {
            throw new InvalidOperationException("This classifier has no sentence-encoder head to save.");
        }

        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(LexicalWeight);
        writer.Write(Threshold);
        _head.Write(writer);
    }

    /// <summary>Scores in [0, 1], one per sentence, in order.</summary>
    public double[] Score(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var scores = sentences.Select(Lexical.Score).ToArray();
        if (_head is null || _embedder is null || scores.Length == 0)
        {
            return scores;
        }

        var vectors = _embedder.Embed(sentences, cancellationToken);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (LexicalWeight * scores[i]) + ((1 - LexicalWeight) * _head.Probability(vectors[i]));
        }

        return scores;
    }

    private static (CheckWorthinessEmbeddingHead Head, double LexicalWeight, double Threshold) ReadHead(Stream gzipStream)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "check-worthiness encoder head");
        var lexicalWeight = reader.ReadDouble();
        var threshold = reader.ReadDouble();
        if (lexicalWeight is < 0 or > 1 || threshold is < 0 or > 1)
        {
            throw new InvalidDataException("The check-worthiness head's mixing share or threshold is out of range.");
        }

        var head = CheckWorthinessEmbeddingHead.Read(reader);
        if (head.Dimensions != SentenceEmbedder.Dimensions)
        {
            throw new InvalidDataException($"The check-worthiness head reads {head.Dimensions} dimensions, the encoder gives {SentenceEmbedder.Dimensions}.");
        }

        return (head, lexicalWeight, threshold);
    }
}
