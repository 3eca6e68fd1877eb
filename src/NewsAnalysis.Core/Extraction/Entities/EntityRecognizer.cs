using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Named-entity recogniser (PER, ORG, LOC, MISC): an averaged perceptron that labels tokens left to
/// right with BILOU tags. Load once and share: recognition keeps no state between calls and is
/// safe to call from several threads.
/// </summary>
public sealed class EntityRecognizer
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.ner-model.bin.gz";
    private const int Magic = 0x4D52454E; // "NERM"
    private const int FormatVersion = 1;

    private readonly LabelWeights _weights;
    private readonly EntityGazetteer _gazetteer;
    private readonly WordClusters _clusters;
    private readonly (ContextualTokenEncoder Encoder, ContextualTagger Tagger)? _accurate;

    internal EntityRecognizer(
        LabelWeights weights, EntityGazetteer gazetteer, WordClusters clusters, (ContextualTokenEncoder Encoder, ContextualTagger Tagger)? accurate = null)
    {
        _weights = weights;
        _gazetteer = gazetteer;
        _clusters = clusters;
        _accurate = accurate;
    }

    /// <summary>Whether the accurate mode is on (<see cref="WithContextualTagger"/>).</summary>
    public bool IsAccurate => _accurate is not null;

    /// <summary>
    /// The same recogniser in accurate mode: every document also runs through the encoder, and the
    /// <paramref name="tagger"/>'s view of each token's contextual vectors joins the perceptron's scores
    /// (decision 0021). Much slower; the encoder is shared, not owned.
    /// </summary>
    public EntityRecognizer WithContextualTagger(ContextualTokenEncoder encoder, ContextualTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(tagger);
        if (encoder.DocumentContext != tagger.DocumentContext)
        {
            throw new ArgumentException("The tagger was trained on vectors of another encoder mode.", nameof(encoder));
        }

        return new EntityRecognizer(_weights, _gazetteer, _clusters, (encoder, tagger));
    }

    /// <summary>Number of feature rows in the model (for reporting).</summary>
    public int FeatureCount => _weights.FeatureCount;

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="gzipStream">The gzip-compressed model; it is left open.</param>
    /// <param name="clusters">The word clusters the model was trained with; the shipped table when null.</param>
    public static EntityRecognizer Load(Stream gzipStream, WordClusters? clusters = null)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "entity recogniser");

        var words = ReadMasks(reader);
        var phrases = ReadMasks(reader);
        var weights = LabelWeights.Read(reader, BilouLabels.Count);
        return new EntityRecognizer(weights, new EntityGazetteer(words, phrases), clusters ?? WordClusters.LoadDefault());
    }

    private static readonly Lazy<ContextualTokenEncoder> LazyEncoder = new(() => new ContextualTokenEncoder(documentContext: false));
    private static readonly Lazy<ContextualTokenEncoder> LazyDocumentEncoder = new(() => new ContextualTokenEncoder(documentContext: true));

    /// <summary>One encoder of each kind for every recogniser in accurate mode in the process: it holds the transformer's weights.</summary>
    public static ContextualTokenEncoder SharedEncoder(bool documentContext) => documentContext ? LazyDocumentEncoder.Value : LazyEncoder.Value;

    /// <summary>
    /// Loads the model that ships inside this assembly (trained on CoNLL-2003 eng.train), in accurate mode
    /// (<see cref="WithContextualTagger"/>, with the shipped tagger and the shared encoder) when <paramref name="accurate"/>.
    /// </summary>
    public static EntityRecognizer LoadDefault(bool accurate = false)
    {
        EntityRecognizer recognizer;
        using (var stream = ModelFile.OpenEmbedded(DefaultResource))
        {
            recognizer = Load(stream);
        }

        if (!accurate)
        {
            return recognizer;
        }

        var tagger = ContextualTagger.LoadDefault();
        return recognizer.WithContextualTagger(SharedEncoder(tagger.DocumentContext), tagger);
    }

    /// <summary>Writes the model, gzip-compressed, to <paramref name="stream"/> (which is left open).</summary>
    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        WriteMasks(writer, _gazetteer.Words);
        WriteMasks(writer, _gazetteer.Phrases);
        _weights.Write(writer);
    }

    /// <summary>
    /// Finds the entities of one sentence. Prefer <see cref="RecognizeDocument"/> when the whole
    /// article is at hand: it also uses how the same word is written and labelled elsewhere in it.
    /// </summary>
    /// <param name="sentenceTokens">The sentence's tokens, as produced by the product tokenizer.</param>
    public IReadOnlyList<RecognizedEntity> Recognize(IReadOnlyList<string> sentenceTokens) =>
        RecognizeDocument([sentenceTokens])[0];

    /// <summary>Finds the entities of every sentence of one document.</summary>
    /// <returns>One list per sentence; token ranges are within that sentence.</returns>
    public IReadOnlyList<IReadOnlyList<RecognizedEntity>> RecognizeDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        float[][]? contextual = null;
        if (_accurate is { } accurate)
        {
            contextual = ContextualScores(accurate.Tagger, sentences, accurate.Encoder.Encode(sentences));
        }

        return RecognizeWithScores(sentences, contextual);
    }

    /// <summary>
    /// The tagger's scores for each sentence from the token vectors of <see cref="ContextualTokenEncoder.Encode"/>,
    /// as <see cref="RecognizeWithScores"/> reads them.
    /// </summary>
    internal static float[][] ContextualScores(ContextualTagger tagger, IReadOnlyList<IReadOnlyList<string>> sentences, float[][] vectors)
    {
        var scores = new float[sentences.Count][];
        for (var s = 0; s < scores.Length; s++)
        {
            scores[s] = tagger.Score(vectors[s], sentences[s].Count);
        }

        return scores;
    }

    /// <summary>Recognition with scores computed already (tuning the accurate mode reuses the encoder's vectors).</summary>
    internal IReadOnlyList<IReadOnlyList<RecognizedEntity>> RecognizeWithScores(IReadOnlyList<IReadOnlyList<string>> sentences, float[][]? contextualScores)
    {
        var document = new DocumentProfile(sentences, _gazetteer, _clusters);
        var labels = new int[sentences.Count][];
        for (var s = 0; s < labels.Length; s++)
        {
            labels[s] = new int[sentences[s].Count];
        }

        GreedyDecoder.Decode(document, _weights, labels, contextualScores: contextualScores);
        var result = new IReadOnlyList<RecognizedEntity>[labels.Length];
        for (var s = 0; s < labels.Length; s++)
        {
            result[s] = BilouLabels.Decode(labels[s]);
        }

        return result;
    }

    private static Dictionary<ulong, byte> ReadMasks(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var masks = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            masks.Add(reader.ReadUInt64(), reader.ReadByte());
        }

        return masks;
    }

    private static void WriteMasks(BinaryWriter writer, IEnumerable<KeyValuePair<ulong, byte>> masks)
    {
        // Sorted so that the same model always produces the same bytes.
        var entries = masks.OrderBy(e => e.Key).ToList();
        writer.Write(entries.Count);
        foreach (var (key, mask) in entries)
        {
            writer.Write(key);
            writer.Write(mask);
        }
    }
}
