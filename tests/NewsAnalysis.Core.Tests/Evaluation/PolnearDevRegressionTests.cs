using System.Diagnostics;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Training.Evaluation;
using Xunit.Abstractions;

namespace NewsAnalysis.Core.Tests.Evaluation;

/// <summary>
/// Scores the default pipeline on PolNeAR dev and fails when it falls below <see cref="AttributionBaseline"/>.
/// The data cannot live in the repository, so the test reads it from shared/eval next to the checkout
/// and is reported as skipped when it is not there.
/// </summary>
public sealed class PolnearDevRegressionTests(ITestOutputHelper output)
{
    [EvalDataFact("polnear")]
    public void DefaultPipeline_OnPolnearDev_StaysAtOrAboveTheBaseline()
    {
        var root = EvalData.Find("polnear")!;

        var stopwatch = Stopwatch.StartNew();
        var pipeline = ExtractionPipeline.CreateDefault();
        var scores = AttributionScores.Sum(PolnearCorpus.Load(root, "dev")
            .Select(a => AttributionScorer.Evaluate(a, pipeline.Analyze(a.Text))));
        output.WriteLine(
            $"PolNeAR dev ({scores.Articles} articles, {stopwatch.Elapsed.TotalSeconds:F1} s): quote F1 {scores.Quotes.F1:F3}, "
            + $"speaker accuracy {scores.Quotes.SourceAccuracy:F3} (person {scores.Quotes.SourcePersonAccuracy:F3}), attribution F1 {scores.Attributions.F1:F3}, "
            + $"source accuracy {scores.Attributions.SourceAccuracy:F3}");

        Assert.All(
            new (string Name, double Measured, double Baseline)[]
            {
                ("quote F1", scores.Quotes.F1, AttributionBaseline.QuoteF1),
                ("speaker accuracy", scores.Quotes.SourceAccuracy, AttributionBaseline.SpeakerAccuracy),
                ("speaker person accuracy", scores.Quotes.SourcePersonAccuracy, AttributionBaseline.SpeakerPersonAccuracy),
                ("attribution F1", scores.Attributions.F1, AttributionBaseline.AttributionF1),
                ("source accuracy", scores.Attributions.SourceAccuracy, AttributionBaseline.SourceAccuracy),
            },
            figure => Assert.True(
                figure.Measured >= figure.Baseline - AttributionBaseline.Tolerance,
                $"{figure.Name} {figure.Measured:F3} is below the baseline {figure.Baseline:F3}"));
    }
}
