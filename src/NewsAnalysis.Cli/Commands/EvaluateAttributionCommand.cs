using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `evaluate-attribution --data DIR [--split dev[,train]] [--article NAME] [--show-errors N] [--claims MODE] [--no-chooser] [--accurate-entities]`:
/// scores the default pipeline's quotes and claims (or, with --claims, those of another combination; with --no-chooser, the claims
/// as found, without the claim content chooser) against PolNeAR (metrics in shared/eval/README.md).
/// </summary>
internal static class EvaluateAttributionCommand
{
    public static Command Create()
    {
        var defaults = new EvaluateAttributionOptions();
        var data = new Option<string>("--data") { Description = "The PolNeAR folder", HelpName = "DIR", DefaultValueFactory = _ => defaults.Data }.AcceptExistingFolderOnly();
        var split = new Option<string>("--split")
        {
            Description = "The splits to score, comma-separated: dev, train or train,dev",
            HelpName = "SPLITS",
            DefaultValueFactory = _ => string.Join(',', defaults.Splits),
        };
        split.Validators.Add(result =>
        {
            if (SplitList(result.GetValueOrDefault<string>()).Count == 0)
            {
                result.AddError("--split needs at least one split name.");
            }
        });
        var article = new Option<string>("--article") { Description = "Score one article and print all its errors", HelpName = "NAME" };
        var showErrors = ShowErrorsOption.Create("Print the first N errors of each kind");
        var claims = new Option<ReportedSpeechMode?>("--claims") { Description = "Where reported-speech claims come from (default: the pipeline's choice)" };
        var noChooser = new Option<bool>("--no-chooser") { Description = "Score the claims as found, without the claim content chooser" };
        var accurateEntities = new Option<bool>("--accurate-entities")
        {
            Description = "Find entities in the recogniser's accurate mode (contextual vectors), as the product does when Extraction:SentenceEncoder is on",
        };
        var command = new Command("evaluate-attribution", "Scores the default pipeline's quotes and claims against PolNeAR")
        {
            data, split, article, showErrors, claims, noChooser, accurateEntities,
        };
        command.SetAction(parseResult => Run(new EvaluateAttributionOptions
        {
            Data = parseResult.GetRequiredValue(data),
            Splits = SplitList(parseResult.GetValue(split)),
            Article = WithoutTxt(parseResult.GetValue(article)),
            ShowErrors = parseResult.GetValue(showErrors),
            Claims = parseResult.GetValue(claims),
            UseChooser = !parseResult.GetValue(noChooser),
            AccurateEntities = parseResult.GetValue(accurateEntities),
        }));
        return command;
    }

    private static int Run(EvaluateAttributionOptions options)
    {
        // The default steps but check-worthiness, which these figures do not read.
        var mode = options.Claims ?? ExtractionPipeline.DefaultReportedSpeech;
        var pipeline = ExtractionPipeline.Create(
            mode == ReportedSpeechMode.Rules ? null : AttributionTagger.LoadDefault(),
            mode,
            contentChooser: options.UseChooser ? ClaimContentChooser.LoadDefault() : null,
            recognizer: EntityRecognizer.LoadDefault(options.AccurateEntities));
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
                return 1;
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

        return 0;
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
        + $"({counts.SourceCorrect}/{counts.SourceJudged}), person {counts.SourcePersonAccuracy:F3} ({counts.SourcePersonCorrect})   "
        + $"gold {counts.Gold}  predicted {counts.Predicted}  matched {counts.Matched}"));

    /// <summary>An article may be named by its text file.</summary>
    private static string? WithoutTxt(string? name) => name is not null && name.EndsWith(".txt", StringComparison.Ordinal) ? name[..^4] : name;

    private static List<string> SplitList(string? splits) =>
        [.. (splits ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
