namespace NewsAnalysis.Core.Extraction.Claims;

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

    private CheckWorthinessClassifier(CheckWorthinessScorer lexical, CheckWorthinessEmbeddingHead? head, SentenceEmbedder? embedder, double lexicalWeight, double threshold)
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

    /// <summary>
    /// Fits the encoder half on <paramref name="examples"/> (with their <paramref name="vectors"/>) beside
    /// <paramref name="lexical"/>: k-fold cross-validation over the examples picks the number of passes, the
    /// lexical share and the threshold by F1 of the check-worthy class, and the head is then trained on all
    /// examples. Deterministic.
    /// </summary>
    public static (CheckWorthinessClassifier Classifier, CheckWorthinessEvaluation CrossValidated, int Epochs) Train(
        IReadOnlyList<(string Text, bool CheckWorthy)> examples,
        IReadOnlyList<float[]> vectors,
        CheckWorthinessScorer lexical,
        CheckWorthinessTrainingOptions lexicalOptions,
        CheckWorthinessHeadOptions options,
        SentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(options);
        var labels = examples.Select(e => e.CheckWorthy).ToArray();
        var lexicalOutOfFold = new double[examples.Count];
        var headOutOfFold = Enumerable.Range(0, options.Epochs).Select(_ => new double[examples.Count]).ToArray();
        Parallel.For(0, options.Folds, fold =>
        {
            var training = Enumerable.Range(0, examples.Count).Where(i => i % options.Folds != fold).ToArray();
            var held = Enumerable.Range(0, examples.Count).Where(i => i % options.Folds == fold).ToArray();
            var foldLexical = CheckWorthinessScorer.Train([.. training.Select(i => examples[i])], lexicalOptions);
            foreach (var i in held)
            {
                lexicalOutOfFold[i] = foldLexical.Score(examples[i].Text);
            }

            CheckWorthinessEmbeddingHead.Train(
                [.. training.Select(i => vectors[i])],
                [.. training.Select(i => labels[i])],
                options,
                (epoch, head) =>
                {
                    foreach (var i in held)
                    {
                        headOutOfFold[epoch - 1][i] = head.Probability(vectors[i]);
                    }
                });
        });

        CheckWorthinessEvaluation? best = null;
        var (bestEpochs, bestWeight, bestThreshold) = (0, 0.0, 0.0);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            foreach (var weight in options.LexicalWeights)
            {
                var scored = Enumerable.Range(0, examples.Count)
                    .Select(i => ((weight * lexicalOutOfFold[i]) + ((1 - weight) * headOutOfFold[epoch - 1][i]), labels[i]))
                    .ToList();
                var threshold = CheckWorthinessEvaluation.BestF1Threshold(scored);
                var evaluation = CheckWorthinessEvaluation.FromScores(scored, threshold);
                if (best is null || evaluation.F1 > best.F1)
                {
                    (best, bestEpochs, bestWeight, bestThreshold) = (evaluation, epoch, weight, threshold);
                }
            }
        }

        var final = CheckWorthinessEmbeddingHead.Train(vectors, labels, options with { Epochs = bestEpochs });
        return (new CheckWorthinessClassifier(lexical, final, embedder, bestWeight, bestThreshold), best!, bestEpochs);
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
