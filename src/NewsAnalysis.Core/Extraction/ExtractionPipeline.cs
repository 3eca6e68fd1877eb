using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.CheckWorthiness;
using NewsAnalysis.Core.Extraction.Claims;
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
public sealed class ExtractionPipeline(IReadOnlyList<IAnalysisStep> steps)
{
    /// <summary>Stored with every analysis; bump it whenever a step changes what it finds.</summary>
    public const string Version = "0.5.0";

    public IReadOnlyList<IAnalysisStep> Steps { get; } = steps;

    /// <summary>How the default pipeline combines the attribution tagger with the rule-based claims (docs/decisions/0003).</summary>
    public const ReportedSpeechMode DefaultReportedSpeech = ReportedSpeechMode.Union;

    /// <summary>Every step with the shipped models.</summary>
    /// <param name="useSentenceEncoder">
    /// Whether check-worthiness reads the sentence encoder too (held-out F1 0.80 instead of 0.78); off, the whole
    /// pipeline runs about 13 times faster in a third of the memory (README).
    /// </param>
    public static ExtractionPipeline CreateDefault(bool useSentenceEncoder = true) =>
        Create(
            AttributionTagger.LoadDefault(),
            DefaultReportedSpeech,
            checkWorthiness: CheckWorthinessClassifier.LoadDefault(useSentenceEncoder),
            contentChooser: ClaimContentChooser.LoadDefault());

    /// <summary>
    /// The default steps with the reported-speech claims taken as <paramref name="mode"/> says, redrawn or dropped by
    /// a <paramref name="contentChooser"/> when one is given, and scored for check-worthiness when a
    /// <paramref name="checkWorthiness"/> classifier is given.
    /// </summary>
    public static ExtractionPipeline Create(
        AttributionTagger? tagger,
        ReportedSpeechMode mode,
        bool keepUncuedContents = false,
        CheckWorthinessClassifier? checkWorthiness = null,
        ClaimContentChooser? contentChooser = null) => new(
    [
        .. CreateAttributionInputs().Steps,
        new ClaimExtractionStep(tagger, mode, keepUncuedContents, contentChooser),
        .. checkWorthiness is null ? Array.Empty<IAnalysisStep>() : [new CheckWorthinessStep(checkWorthiness)],
    ]);

    /// <summary>
    /// The steps up to and including quote attribution: what the attribution tagger reads, for training
    /// it and for scoring claims without re-running entity recognition.
    /// </summary>
    public static ExtractionPipeline CreateAttributionInputs() => new(
    [
        new TextSegmentationStep(),
        new EntityRecognitionStep(AliasGazetteer.LoadDefault(), EntityRecognizer.LoadDefault()),
        new EntityGroupingStep(),
        new AttributionFrameStep(),
        new QuoteAttributionStep(),
    ]);

    public AnalysisDocument Analyze(string body)
    {
        var document = new AnalysisDocument(body);
        foreach (var step in Steps)
        {
            step.Run(document);
        }

        return document;
    }
}
