using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// Penn Treebank part-of-speech tagger: an averaged perceptron with greedy left-to-right decoding, the
/// entity recogniser's machinery (<see cref="PerceptronTrainer"/>, <see cref="LabelWeights"/>,
/// <see cref="TokenProfile"/>) over the classic tagging features. Load once and share: tagging keeps no
/// state between calls and is safe to call from several threads.
/// </summary>
public sealed class PartOfSpeechTagger
{
    private const string DefaultResource = "NewsAnalysis.Training.Resources.pos-model.bin.gz";
    private const int Magic = 0x4D534F50; // "POSM"
    private const int FormatVersion = 1;

    private readonly string[] _tags;
    private readonly TagLexicon _lexicon;
    private readonly LabelWeights _weights;

    private PartOfSpeechTagger(string[] tags, TagLexicon lexicon, LabelWeights weights)
    {
        _tags = tags;
        _lexicon = lexicon;
        _weights = weights;
    }

    /// <summary>The tags the model chooses between, as they appear in its training data.</summary>
    public IReadOnlyList<string> Tags => _tags;

    /// <summary>Number of feature rows in the model (for reporting).</summary>
    public int FeatureCount => _weights.FeatureCount;

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="gzipStream">The gzip-compressed model; it is left open.</param>
    public static PartOfSpeechTagger Load(Stream gzipStream)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "part-of-speech tagger");
        var tags = new string[reader.ReadInt32()];
        for (var t = 0; t < tags.Length; t++)
        {
            tags[t] = string.Intern(reader.ReadString());
        }

        var lexicon = TagLexicon.Read(reader);
        return new PartOfSpeechTagger(tags, lexicon, LabelWeights.Read(reader, tags.Length));
    }

    /// <summary>Loads the model that ships inside this assembly (trained on CoNLL-2003 eng.train).</summary>
    public static PartOfSpeechTagger LoadDefault()
    {
        // ModelFile.OpenEmbedded reads NewsAnalysis.Core's resources; this model ships in NewsAnalysis.Training.
        using var stream = typeof(PartOfSpeechTagger).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResource} is missing.");
        return Load(stream);
    }

    /// <summary>Writes the model, gzip-compressed, to <paramref name="stream"/> (which is left open).</summary>
    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(_tags.Length);
        foreach (var tag in _tags)
        {
            writer.Write(tag);
        }

        _lexicon.Write(writer);
        _weights.Write(writer);
    }

    /// <summary>Tags one sentence.</summary>
    /// <param name="words">The sentence's tokens, as produced by the product tokenizer.</param>
    /// <returns>One Penn Treebank tag per word.</returns>
    public string[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var profiles = new TokenProfile[words.Count];
        for (var i = 0; i < profiles.Length; i++)
        {
            profiles[i] = Profile(words[i]);
        }

        return Array.ConvertAll(TagNumbers(profiles), n => _tags[n]);
    }

    /// <summary>
    /// Trains a tagger on gold-tagged sentences; the tag set is every tag that occurs in them. Deterministic
    /// for a given input and <see cref="PartOfSpeechTrainingOptions.Seed"/>.
    /// </summary>
    public static PartOfSpeechTagger Train(
        IReadOnlyList<PartOfSpeechSentence> sentences, PartOfSpeechTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var tags = sentences.SelectMany(s => s.Tags).Distinct().Order(StringComparer.Ordinal).Select(string.Intern).ToArray();
        var numbers = tags.Select((tag, n) => (tag, n)).ToDictionary(p => p.tag, p => p.n, StringComparer.Ordinal);
        var profiles = new TokenProfile[sentences.Count][];
        var gold = new int[sentences.Count][];
        var tokenCount = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.Words.Count != sentence.Tags.Count)
            {
                throw new ArgumentException($"Sentence {s} has {sentence.Words.Count} words but {sentence.Tags.Count} tags.", nameof(sentences));
            }

            profiles[s] = sentence.Words.Select(Profile).ToArray();
            gold[s] = sentence.Tags.Select(tag => numbers[tag]).ToArray();
            tokenCount += sentence.Words.Count;
        }

        // Each training sentence sees a lexicon built without its own document (like the entity
        // recogniser's gazetteers), so the model learns how far to trust it on words it has not seen.
        var folds = Math.Max(1, options.LexiconFolds);
        var lexicon = TagLexicon.Build(profiles.Zip(gold));
        var classes = new ulong[sentences.Count][];
        for (var k = 0; k < folds; k++)
        {
            var foldLexicon = folds == 1
                ? lexicon
                : TagLexicon.Build(profiles.Zip(gold).Where((_, s) => sentences[s].DocumentIndex % folds != k));
            for (var s = 0; s < sentences.Count; s++)
            {
                if (sentences[s].DocumentIndex % folds == k)
                {
                    classes[s] = Array.ConvertAll(profiles[s], p => foldLexicon.ClassOf(p));
                }
            }
        }

        var trainer = new PerceptronTrainer(tags.Length);
        var predicted = new int[sentences.Max(s => s.Words.Count)];
        var weights = trainer.Train(
            sentences.Count, options.Epochs, options.Seed, options.PruneThreshold, s => PartOfSpeechDecoder.Decode(profiles[s], classes[s], trainer, tags.Length, predicted, trainer, gold[s]), tokenCount, log);
        log?.Invoke($"lexicon of {lexicon.Count} words");
        return new PartOfSpeechTagger(tags, lexicon, weights);
    }

    /// <summary>Tags the tokens <paramref name="first"/>..<paramref name="end"/> of a document as one sentence.</summary>
    internal void Tag(IReadOnlyList<Token> tokens, int first, int end, string[] tags)
    {
        var profiles = new TokenProfile[end - first];
        for (var i = 0; i < profiles.Length; i++)
        {
            profiles[i] = Profile(tokens[first + i].Text);
        }

        var numbers = TagNumbers(profiles);
        for (var i = 0; i < numbers.Length; i++)
        {
            tags[first + i] = _tags[numbers[i]];
        }
    }

    private int[] TagNumbers(TokenProfile[] profiles)
    {
        var classes = new ulong[profiles.Length];
        for (var i = 0; i < profiles.Length; i++)
        {
            classes[i] = _lexicon.ClassOf(profiles[i]);
        }

        var numbers = new int[profiles.Length];
        PartOfSpeechDecoder.Decode(profiles, classes, _weights, _tags.Length, numbers);
        return numbers;
    }

    private static TokenProfile Profile(string word) => TokenProfile.Of(Normalize(word));

    /// <summary>
    /// Typographic quotation marks and dashes as the 1996 Reuters text writes them (straight quotes,
    /// hyphens), so that "’s", "“" and "—" in today's articles look like words the model has seen.
    /// </summary>
    internal static string Normalize(string word)
    {
        if (word.AsSpan().IndexOfAny("\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2013\u2014") < 0)
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
                    '\u2013' or '\u2014' => '-',
                    var c => c,
                };
            }
        });
    }
}
