using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Cli.Evaluation;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `evaluate-attribution --data DIR [--split dev[,train]] [--article NAME] [--show-errors N] [--claims MODE] [--no-chooser]`:
/// scores the default pipeline's quotes and claims (or, with --claims, those of another combination; with --no-chooser, the claims
/// as found, without the claim content chooser) against PolNeAR (metrics in shared/eval/README.md).
/// </summary>
internal static class EvaluateAttributionCommand
{
    private const string Usage =
        "usage: evaluate-attribution --data ../shared/eval/polnear [--split dev|train|train,dev] [--article NAME] [--show-errors N] [--claims rules|tagger|union] [--no-chooser]";

    public static Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var options))
        {
            Console.Error.WriteLine(Usage);
            return Task.FromResult(2);
        }

        // The default steps but check-worthiness, which these figures do not read.
        var mode = options.Claims ?? ExtractionPipeline.DefaultReportedSpeech;
        var pipeline = ExtractionPipeline.Create(
            mode == ReportedSpeechMode.Rules ? null : AttributionTagger.LoadDefault(),
            mode,
            contentChooser: options.UseChooser ? ClaimContentChooser.LoadDefault() : null);
        foreach (var split in options.Splits)
        {
            var stopwatch = Stopwatch.StartNew();
            IReadOnlyList<PolnearArticle> articles;
            try
            {
                articles = PolnearCorpus.Load(options.Data, split, options.Article);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                Console.Error.WriteLine(e.Message);
                return Task.FromResult(1);
            }

            var evaluations = articles
                .Select(a => AttributionScorer.Evaluate(a, pipeline.Analyze(a.Text)))
                .ToList();
            stopwatch.Stop();
            WriteScores(split, AttributionScores.Sum(evaluations), evaluations, stopwatch.Elapsed);
            if (options.Article is not null || options.ShowErrors is not null)
            {
                AttributionErrorReport.Write(Console.Out, evaluations, options.Article is not null ? null : options.ShowErrors);
            }
        }

        return Task.FromResult(0);
    }

    private static void WriteScores(string split, AttributionScores scores, List<ArticleEvaluation> evaluations, TimeSpan elapsed)
    {
        Console.WriteLine($"PolNeAR {split}: {scores.Articles} articles, {elapsed.TotalSeconds:F1} s");
        WriteLine("direct quotes", "speaker", scores.Quotes);
        WriteLine("attributions", "source", scores.Attributions);

        // Not part of the metric: shows how much the claims that name no claimant (sentences stating
        // numbers) weigh among the false alarms, because they are a different kind of finding.
        var falseAlarms = evaluations.SelectMany(e => e.Attributions.FalseAlarms).ToList();
        Console.WriteLine(
            $"  attribution false alarms: {falseAlarms.Count(f => f.Kind == PredictedStatementKind.Quote)} quotes, "
            + $"{falseAlarms.Count(f => f.Kind == PredictedStatementKind.Claim && f.Source is not null)} claims with a claimant, "
            + $"{falseAlarms.Count(f => f.Kind == PredictedStatementKind.Claim && f.Source is null)} claims without one");
    }

    private static void WriteLine(string label, string sourceName, MatchCounts counts) => Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"  {label,-14} P {counts.Precision:F3}  R {counts.Recall:F3}  F1 {counts.F1:F3}   {sourceName} accuracy {counts.SourceAccuracy:F3} "
        + $"({counts.SourceCorrect}/{counts.SourceJudged})   gold {counts.Gold}  predicted {counts.Predicted}  matched {counts.Matched}"));

    private static bool TryParse(string[] args, out EvaluateAttributionOptions options)
    {
        options = new EvaluateAttributionOptions();
        if (!CommandOptions.TryParse(args, ["data", "split", "article", "show-errors", "claims", "no-chooser"], out var parsed, out _))
        {
            return false;
        }

        var article = parsed.Find("article");
        ReportedSpeechMode? claims = null;
        if (parsed.Find("claims") is { } name)
        {
            if (!Enum.TryParse<ReportedSpeechMode>(name, ignoreCase: true, out var mode))
            {
                return false;
            }

            claims = mode;
        }

        options = options with
        {
            Data = parsed.Get("data", options.Data),
            Splits = parsed.Get("split", "dev").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Article = article is not null && article.EndsWith(".txt", StringComparison.Ordinal) ? article[..^4] : article,
            ShowErrors = parsed.Has("show-errors") ? parsed.GetInt("show-errors", 20) : null,
            Claims = claims,
            UseChooser = !parsed.Has("no-chooser"),
        };
        return options.Splits.Count > 0;
    }
}
