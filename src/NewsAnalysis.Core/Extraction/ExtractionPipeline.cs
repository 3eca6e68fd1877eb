using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.CheckWorthiness;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Coreference;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Extraction.Quotes;
using NewsAnalysis.Core.Extraction.Segmentation;

namespace NewsAnalysis.Core.Extraction;

/// <summary>
/// The ordered extraction steps. Build once (models and word lists load here) and share: analysis is
/// thread-safe and deterministic.
/// </summary>
public sealed class ExtractionPipeline
{
    /// <summary>Stored with every analysis; bump it whenever a step changes what it finds.</summary>
    public const string Version = "0.9.1";

    /// <summary>How the default pipeline combines the attribution tagger with the rule-based claims (docs/decisions/0003).</summary>
    public const ReportedSpeechMode DefaultReportedSpeech = ReportedSpeechMode.Union;

    /// <summary>The steps in the order they run.</summary>
    /// <exception cref="ArgumentException">
    /// A step reads a layer that no earlier step writes, or writes a layer another step writes too.
    /// </exception>
    public ExtractionPipeline(IReadOnlyList<IAnalysisStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var written = new Dictionary<DocumentLayer, IAnalysisStep>();
        foreach (var step in steps)
        {
            foreach (var layer in step.Reads)
            {
                if (!written.ContainsKey(layer))
                {
                    throw new ArgumentException($"{step.GetType().Name} reads {layer}, which no earlier step writes.", nameof(steps));
                }
            }

            foreach (var layer in step.Writes)
            {
                if (!written.TryAdd(layer, step))
                {
                    throw new ArgumentException($"{step.GetType().Name} writes {layer}, which {written[layer].GetType().Name} writes already.", nameof(steps));
                }
            }
        }

        Steps = steps;
    }

    public IReadOnlyList<IAnalysisStep> Steps { get; }

    /// <summary>The classifier that scores claims for check-worthiness; null when this pipeline does not score them.</summary>
    public CheckWorthinessClassifier? CheckWorthiness => Steps.OfType<CheckWorthinessStep>().FirstOrDefault()?.Classifier;

    /// <summary>Every step with the shipped models.</summary>
    /// <param name="useSentenceEncoder">
    /// Whether check-worthiness reads the sentence encoder too (held-out F1 0.80 instead of 0.78), for about ten times
    /// the pipeline's CPU time and three times its memory (README); off by default since decision 0025. Pronouns are resolved without the
    /// encoder either way: its evidence gained 2 GAP points for three times the CPU and broke the F/M balance (0020).
    /// </param>
    /// <param name="accurateEntities">
    /// Whether the entity recogniser runs in its accurate mode over the encoder's contextual vectors (decision 0021;
    /// CoNLL eng.testa F1 93.2 instead of 91.6, for about a third of a CPU second more an article); it needs the encoder.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="accurateEntities"/> without <paramref name="useSentenceEncoder"/>.</exception>
    public static ExtractionPipeline CreateDefault(bool useSentenceEncoder = false, bool accurateEntities = false)
    {
        if (accurateEntities && !useSentenceEncoder)
        {
            throw new ArgumentException("The accurate entity mode reads the sentence encoder.", nameof(accurateEntities));
        }

        return Create(
            AttributionTagger.LoadDefault(),
            DefaultReportedSpeech,
            checkWorthiness: CheckWorthinessClassifier.LoadDefault(useSentenceEncoder),
            contentChooser: ClaimContentChooser.LoadDefault(),
            antecedents: AntecedentModel.LoadDefault(),
            recognizer: EntityRecognizer.LoadDefault(accurateEntities));
    }

    /// <summary>
    /// The default steps with the reported-speech claims taken as <paramref name="mode"/> says, redrawn or dropped by
    /// a <paramref name="contentChooser"/> when one is given, and scored for check-worthiness when a
    /// <paramref name="checkWorthiness"/> classifier is given. Pronouns are resolved by the <paramref name="antecedents"/>
    /// model when one is given, else by the coreference rules.
    /// Entities are found by the <paramref name="recognizer"/>, the shipped one when null.
    /// </summary>
    public static ExtractionPipeline Create(
        AttributionTagger? tagger,
        ReportedSpeechMode mode,
        bool keepUncuedContents = false,
        CheckWorthinessClassifier? checkWorthiness = null,
        ClaimContentChooser? contentChooser = null,
        AntecedentModel? antecedents = null,
        EntityRecognizer? recognizer = null) => new(
    [
        .. CreateAttributionInputs(antecedents, recognizer).Steps,
        new ClaimExtractionStep(tagger, mode, keepUncuedContents, contentChooser),
        new QuoteCompletionStep(),
        .. checkWorthiness is null ? Array.Empty<IAnalysisStep>() : [new CheckWorthinessStep(checkWorthiness)],
    ]);

    /// <summary>
    /// The steps up to and including the rule quotes: what the attribution tagger reads, for training it and for
    /// scoring claims without re-running entity recognition.
    /// </summary>
    /// <param name="recognizer">The entity recogniser; the shipped one (<see cref="EntityRecognizer.LoadDefault"/>) when null.</param>
    public static ExtractionPipeline CreateAttributionInputs(
        AntecedentModel? antecedents = null, EntityRecognizer? recognizer = null) => new(
    [
        new TextSegmentationStep(),
        new EntityStep(AliasGazetteer.LoadDefault(), recognizer ?? EntityRecognizer.LoadDefault()),
        new QuotationStep(),
        new CoreferenceStep(antecedents),
        new AttributionFrameStep(),
        new QuoteAttributionStep(),
    ]);

    public AnalysisDocument Analyze(string body) => Analyze(body, CancellationToken.None);

    /// <summary>Runs every step over <paramref name="body"/>, giving up between two steps once cancellation is requested.</summary>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public AnalysisDocument Analyze(string body, CancellationToken cancellationToken)
    {
        var document = new AnalysisDocument(body);
        foreach (var step in Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            step.Run(document);
        }

        return document;
    }
}
