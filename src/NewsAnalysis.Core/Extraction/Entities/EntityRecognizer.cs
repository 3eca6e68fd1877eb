
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

    private EntityRecognizer(LabelWeights weights, EntityGazetteer gazetteer)
    {
        _weights = weights;
        _gazetteer = gazetteer;
    }

    /// <summary>Number of feature rows in the model (for reporting).</summary>
    public int FeatureCount => _weights.FeatureCount;

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="gzipStream">The gzip-compressed model; it is left open.</param>
    public static EntityRecognizer Load(Stream gzipStream)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "entity recogniser");

        var words = ReadMasks(reader);
        var phrases = ReadMasks(reader);
        var weights = LabelWeights.Read(reader, BilouLabels.Count);
        return new EntityRecognizer(weights, new EntityGazetteer(words, phrases));
    }

    /// <summary>Loads the model that ships inside this assembly (trained on CoNLL-2003 eng.train).</summary>
    public static EntityRecognizer LoadDefault()
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResource);
        return Load(stream);
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
        var document = new DocumentProfile(sentences, _gazetteer);
        var labels = new int[sentences.Count][];
        for (var s = 0; s < labels.Length; s++)
        {
            labels[s] = new int[sentences[s].Count];
        }

        GreedyDecoder.Decode(document, _weights, labels);
        var result = new IReadOnlyList<RecognizedEntity>[labels.Length];
        for (var s = 0; s < labels.Length; s++)
        {
            result[s] = BilouLabels.Decode(labels[s]);
        }

        return result;
    }

    /// <summary>
    /// Trains a recogniser. Sentences with the same <see cref="TaggedSentence.DocumentIndex"/> must be
    /// consecutive; training is deterministic for a given input and <see cref="NerTrainingOptions.Seed"/>.
    /// </summary>
    public static EntityRecognizer Train(IReadOnlyList<TaggedSentence> sentences, NerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var documents = GroupByDocument(sentences);
        var gazetteer = EntityGazetteer.Build(sentences);
        var folds = Math.Max(1, options.GazetteerFolds);
        var foldGazetteers = new EntityGazetteer[folds];
        for (var k = 0; k < folds; k++)
        {
            foldGazetteers[k] = folds == 1
                ? gazetteer
                : EntityGazetteer.Build(documents.Where((_, d) => d % folds != k).SelectMany(d => d));
        }

        var wordCounts = new Dictionary<ulong, int>();
        foreach (var token in sentences.SelectMany(s => s.Tokens))
        {
            var key = TokenProfile.Of(token).Key;
            wordCounts[key] = wordCounts.GetValueOrDefault(key) + 1;
        }

        var rareWords = wordCounts.Where(w => w.Value < options.RareWordCount).Select(w => w.Key).ToHashSet();
        if (rareWords.Count > 0)
        {
            log?.Invoke($"{rareWords.Count} of {wordCounts.Count} distinct words seen fewer than {options.RareWordCount} times lose their identity features");
        }

        var profiles = new DocumentProfile[documents.Count];
        var gold = new int[documents.Count][][];
        var predicted = new int[documents.Count][][];
        var tokenCount = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            profiles[d] = new DocumentProfile(document.Select(s => s.Tokens).ToList(), foldGazetteers[d % folds], rareWords);
            gold[d] = document.Select(s => BilouLabels.Encode(s.Entities, s.Tokens.Count)).ToArray();
            predicted[d] = document.Select(s => new int[s.Tokens.Count]).ToArray();
            tokenCount += document.Sum(s => s.Tokens.Count);
        }

        var trainer = new PerceptronTrainer(BilouLabels.Count);
        var weights = trainer.Train(
            documents.Count, options.Epochs, options.Seed, options.PruneThreshold, d => GreedyDecoder.Decode(profiles[d], trainer, predicted[d], trainer, gold[d]), tokenCount, log);
        return new EntityRecognizer(weights, gazetteer);
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

    internal static List<List<TaggedSentence>> GroupByDocument(IReadOnlyList<TaggedSentence> sentences)
    {
        var documents = new List<List<TaggedSentence>>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i == 0 || sentences[i].DocumentIndex != sentences[i - 1].DocumentIndex)
            {
                documents.Add([]);
            }

            documents[^1].Add(sentences[i]);
        }

        return documents;
    }
}
