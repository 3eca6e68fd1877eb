using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Cli.Evaluation;
using NewsAnalysis.Core.Evaluation;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Claims;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `train-attribution --data DIR --out FILE [--epochs N] [--seed N] [--prune X] [--beam N]`: trains the attribution
/// tagger on PolNeAR train (first-listed annotator) and writes the gzip model.
/// `train-attribution --data DIR --folds K [--run-folds N] [--show-errors N]` writes nothing and instead
/// scores the tagged spans and every way of combining tagger and rules by K-fold cross-validation on
/// train (only the first N folds with --run-folds; the tagger's errors with --show-errors).
/// </summary>
internal static class TrainAttributionCommand
{
    private static readonly (string Name, ReportedSpeechMode Mode, bool KeepUncued)[] Combinations =
    [
        ("rules", ReportedSpeechMode.Rules, false),
        ("tagger", ReportedSpeechMode.Tagger, false),
        ("tagger+uncued", ReportedSpeechMode.Tagger, true),
        ("union", ReportedSpeechMode.Union, false),
        ("union+uncued", ReportedSpeechMode.Union, true),
    ];

    public static Task<int> RunAsync(string[] args)
    {
        if (!CommandOptions.TryParse(args, ["data", "out", "epochs", "seed", "prune", "beam", "folds", "run-folds", "show-errors"], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return Task.FromResult(2);
        }

        var data = options.Get("data", Path.Combine("..", "shared", "eval", "polnear"));
        var output = options.Get("out", "src/NewsAnalysis.Core/Resources/attribution-model.bin.gz");
        var defaults = new AttributionTrainingOptions();
        var training = defaults with
        {
            Epochs = options.GetInt("epochs", defaults.Epochs),
            Seed = options.GetInt("seed", defaults.Seed),
            BeamWidth = options.GetInt("beam", defaults.BeamWidth),
            PruneThreshold = options.Has("prune")
                ? float.Parse(options.Get("prune", "0"), CultureInfo.InvariantCulture)
                : defaults.PruneThreshold,
        };

        IReadOnlyList<PolnearArticle> articles;
        try
        {
            articles = PolnearCorpus.Load(data, "train");
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return Task.FromResult(1);
        }

        var watch = Stopwatch.StartNew();
        var inputs = ExtractionPipeline.CreateAttributionInputs();
        var documents = articles.Select(a => inputs.Analyze(a.Text)).ToList();
        var examples = articles.Select((a, i) => new AttributionTrainingExample(documents[i], PolnearRoleSpans.Of(a, documents[i]))).ToList();
        Console.WriteLine($"analysed {articles.Count} PolNeAR train articles in {watch.Elapsed.TotalSeconds:F1} s; {training.Epochs} epochs, seed {training.Seed}");

        if (options.Has("folds"))
        {
            var folds = options.GetInt("folds", 5);
            CrossValidate(
                articles, examples, training, folds, options.GetInt("run-folds", folds), options.Has("show-errors") ? options.GetInt("show-errors", 20) : null);
            return Task.FromResult(0);
        }

        watch.Restart();
        var tagger = AttributionTagger.Train(examples, training, Console.WriteLine);
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F1} s");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            tagger.Save(stream);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB, {tagger.FeatureCount} features)");
        return Task.FromResult(0);
    }

    /// <summary>Claims that overlap a gold content without matching it, beside that content: the boundary errors.</summary>
    private static void WriteBoundaryMisses(List<ArticleEvaluation> evaluations, int limit)
    {
        var misses = evaluations.SelectMany(e => e.Attributions.FalseAlarms
            .Where(f => f.Kind == PredictedStatementKind.Claim)
            .Select(f => (e.Article, Predicted: f, Gold: AttributionScorer.GoldContents(e.Article).FirstOrDefault(g => g.Span.IntersectionLength(f.Span) > 0)))
            .Where(m => m.Gold is not null))
            .Take(limit);
        Console.WriteLine($"== claims overlapping a gold content below half IoU (first {limit})");
        foreach (var (article, predicted, gold) in misses)
        {
            Console.WriteLine($"- {article.Name} {predicted.Span}");
            Console.WriteLine($"    predicted: «{article.Text[predicted.Span.Extent.Start..predicted.Span.Extent.End]}»");
            Console.WriteLine($"    gold:      «{article.Text[gold!.Span.Extent.Start..gold.Span.Extent.End]}»");
        }
    }

    private static HashSet<RoleSpan> RoleSpansOf(IReadOnlyList<RoleSpan> gold, AnalysisDocument document) =>
        [.. AttributionTagger.AsTaggable(gold, document.Tokens.Count)];

    /// <summary>Article i is held out in fold i mod K; each fold's tagger never sees the articles it is scored on.</summary>
    private static void CrossValidate(
        IReadOnlyList<PolnearArticle> articles, List<AttributionTrainingExample> examples, AttributionTrainingOptions training, int folds, int runFolds, int? showErrors)
    {
        var totals = new AttributionScores[Combinations.Length];
        var evaluations = Combinations.Select(_ => new List<ArticleEvaluation>()).ToArray();
        var spanCounts = new (int Gold, int Predicted, int Matched)[3];
        // The folds train in parallel (training only reads the analysed articles); scoring writes their claims, so it runs after.
        var taggers = new AttributionTagger[Math.Min(folds, runFolds)];
        Parallel.For(0, taggers.Length, k =>
        {
            var watch = Stopwatch.StartNew();
            taggers[k] = AttributionTagger.Train(examples.Where((_, i) => i % folds != k).ToList(), training);
            Console.WriteLine($"fold {k + 1}/{folds}: trained in {watch.Elapsed.TotalSeconds:F1} s, {taggers[k].FeatureCount} features");
        });
        for (var k = 0; k < taggers.Length; k++)
        {
            var tagger = taggers[k];
            for (var i = k; i < articles.Count; i += folds)
            {
                // Gold spans through the label encoding, so nested spans compare as the tagger can give them.
                var document = examples[i].Document;
                var gold = RoleSpansOf(examples[i].Gold, document);
                foreach (var span in tagger.Tag(document))
                {
                    spanCounts[(int)span.Role].Predicted++;
                    spanCounts[(int)span.Role].Matched += gold.Contains(span) ? 1 : 0;
                }

                foreach (var span in gold)
                {
                    spanCounts[(int)span.Role].Gold++;
                }
            }

            for (var c = 0; c < Combinations.Length; c++)
            {
                var (_, mode, keepUncued) = Combinations[c];
                var step = new ClaimExtractionStep(tagger, mode, keepUncued);
                for (var i = k; i < articles.Count; i += folds)
                {
                    // The step writes claims and fills quote speakers: each combination starts from the quotes as the rules left them.
                    var document = examples[i].Document;
                    var quotes = document.Quotes.ToList();
                    document.Claims.Clear();
                    step.Run(document);
                    evaluations[c].Add(AttributionScorer.Evaluate(articles[i], document));
                    document.Quotes.Clear();
                    document.Quotes.AddRange(quotes);
                }
            }
        }

        if (showErrors is not null)
        {
            var tagger = Array.FindIndex(Combinations, c => c.Mode == ReportedSpeechMode.Tagger && !c.KeepUncued);
            AttributionErrorReport.Write(Console.Out, evaluations[tagger], showErrors);
            WriteBoundaryMisses(evaluations[tagger], showErrors.Value);
        }

        Console.WriteLine($"PolNeAR train, {folds}-fold cross-validation ({Math.Min(folds, runFolds)} folds run):");
        foreach (var role in Enum.GetValues<AttributionRole>())
        {
            var (gold, predicted, matched) = spanCounts[(int)role];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  tagged {role,-8} exact spans P {(double)matched / Math.Max(1, predicted):F3}  R {(double)matched / Math.Max(1, gold):F3}   gold {gold}  predicted {predicted}"));
        }

        for (var c = 0; c < Combinations.Length; c++)
        {
            totals[c] = AttributionScores.Sum(evaluations[c]);
            var counts = totals[c].Attributions;
            var falseAlarms = evaluations[c].SelectMany(e => e.Attributions.FalseAlarms).ToList();
            var partial = evaluations[c].Sum(e => e.Attributions.FalseAlarms.Count(f => f.Kind == PredictedStatementKind.Claim
                && AttributionScorer.GoldContents(e.Article).Any(g => g.Span.IntersectionLength(f.Span) > 0)));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Combinations[c].Name,-14} false alarms: {falseAlarms.Count(f => f.Kind == PredictedStatementKind.Quote)} quotes, "
                + $"{falseAlarms.Count(f => f.Kind == PredictedStatementKind.Claim)} claims ({partial} overlapping a gold content)"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Combinations[c].Name,-14} attributions P {counts.Precision:F3}  R {counts.Recall:F3}  F1 {counts.F1:F3}   source accuracy {counts.SourceAccuracy:F3}   predicted {counts.Predicted}  matched {counts.Matched}   quote speakers {totals[c].Quotes.SourceAccuracy:F3}"));
        }
    }
}
