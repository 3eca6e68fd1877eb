using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Quotes;
using NewsAnalysis.Core.Extraction.Text;

namespace NewsAnalysis.Core.Extraction;

/// <summary>
/// The ordered extraction steps. Build once (models and word lists load here) and share: analysis is
/// thread-safe and deterministic.
/// </summary>
public sealed class ExtractionPipeline(IReadOnlyList<IAnalysisStep> steps)
{
    /// <summary>Stored with every analysis; bump it whenever a step changes what it finds.</summary>
    public const string Version = "0.1.0";

    public IReadOnlyList<IAnalysisStep> Steps { get; } = steps;

    public static ExtractionPipeline CreateDefault() => new(
    [
        new TextSegmentationStep(),
        new EntityRecognitionStep(AliasGazetteer.LoadDefault(), EntityRecognizer.LoadDefault()),
        new EntityGroupingStep(),
        new AttributionFrameStep(),
        new QuoteAttributionStep(),
        new ClaimExtractionStep(),
        new CheckWorthinessStep(CheckWorthinessScorer.LoadDefault()),
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
