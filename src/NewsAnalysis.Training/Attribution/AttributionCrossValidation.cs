using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Quotes;
using NewsAnalysis.Training.Claims;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Training.Attribution;

/// <summary>
/// The cross-validation of train-attribution: fold taggers scored on the articles they did not see, alone and in every
/// way of combining them with the rules, and the claim content chooser trained on their held-out claims.
/// </summary>
public static class AttributionCrossValidation
{
    private static readonly (string Name, ReportedSpeechMode Mode, bool KeepUncued)[] Combinations =
    [
        ("rules", ReportedSpeechMode.Rules, false),
        ("tagger", ReportedSpeechMode.Tagger, false),
        ("tagger+uncued", ReportedSpeechMode.Tagger, true),
        ("union", ReportedSpeechMode.Union, false),
        ("union+uncued", ReportedSpeechMode.Union, true),
    ];

    /// <summary>
    /// Article i is held out in fold i mod K; each fold's tagger never sees the articles it is scored on. Returns the
    /// content chooser trained on all the held-out claims, with the thresholds that scored best when each fold's claims
    /// were chosen among by a chooser trained on the other folds' claims.
    /// </summary>
    public static ClaimContentChooser Run(
        IReadOnlyList<PolnearArticle> articles,
        List<AttributionTrainingExample> examples,
        AttributionTrainingOptions training,
        ClaimContentTrainingOptions chooserOptions,
        int folds,
        int? showErrors,
        TextWriter output)
    {
        var evaluations = Combinations.Select(_ => new List<ArticleEvaluation>()).ToArray();
        var spanCounts = new (int Gold, int Predicted, int Matched)[3];
        var union = Array.FindIndex(Combinations, c => c.Mode == ReportedSpeechMode.Union && !c.KeepUncued);
        var heldOut = new HeldOutClaims[articles.Count];

        // The folds train in parallel (training only reads the analysed articles); scoring writes their claims, so it runs after.
        var taggers = new AttributionTagger[folds];
        Parallel.For(0, folds, k =>
        {
            var watch = Stopwatch.StartNew();
            taggers[k] = AttributionTaggerTrainer.Train(examples.Where((_, i) => i % folds != k).ToList(), training);
            output.WriteLine($"fold {k + 1}/{folds}: trained in {watch.Elapsed.TotalSeconds:F1} s, {taggers[k].FeatureCount} features");
        });
        for (var k = 0; k < folds; k++)
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
                var completion = new QuoteCompletionStep();
                for (var i = k; i < articles.Count; i += folds)
                {
                    // Each combination writes the claims and the final quotes anew over the same attribution inputs.
                    var document = examples[i].Document;
                    document.Claims.Clear();
                    document.QuotedAttributions.Clear();
                    document.Quotes.Clear();
                    var candidates = c == union ? step.RunCollectingCandidates(document, chooserOptions.HashBits) : null;
                    if (candidates is null)
                    {
                        step.Run(document);
                    }

                    completion.Run(document);
                    if (candidates is not null)
                    {
                        heldOut[i] = new HeldOutClaims(k, document, Label(articles[i], candidates), [.. document.Claims], [.. document.Quotes]);
                    }

                    evaluations[c].Add(AttributionScorer.Evaluate(articles[i], document));
                }
            }
        }

        if (showErrors is not null)
        {
            var tagger = Array.FindIndex(Combinations, c => c.Mode == ReportedSpeechMode.Tagger && !c.KeepUncued);
            AttributionErrorReport.Write(output, evaluations[tagger], showErrors);
            WriteBoundaryMisses(output, evaluations[tagger], showErrors.Value);
        }

        output.WriteLine($"PolNeAR train, {folds}-fold cross-validation:");
        foreach (var role in Enum.GetValues<AttributionRole>())
        {
            var (gold, predicted, matched) = spanCounts[(int)role];
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  tagged {role,-8} exact spans P {(double)matched / Math.Max(1, predicted):F3}  R {(double)matched / Math.Max(1, gold):F3}   gold {gold}  predicted {predicted}"));
        }

        for (var c = 0; c < Combinations.Length; c++)
        {
            var falseAlarms = evaluations[c].SelectMany(e => e.Attributions.FalseAlarms).ToList();
            var partial = evaluations[c].Sum(e => e.Attributions.FalseAlarms.Count(f => f.Kind == PredictedStatementKind.Claim
                && AttributionScorer.GoldContents(e.Article).Any(g => g.Span.IntersectionLength(f.Span) > 0)));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Combinations[c].Name,-14} false alarms: {falseAlarms.Count(f => f.Kind == PredictedStatementKind.Quote)} quotes, "
                + $"{falseAlarms.Count(f => f.Kind == PredictedStatementKind.Claim)} claims ({partial} overlapping a gold content)"));
            WriteScores(output, Combinations[c].Name, AttributionScores.Sum(evaluations[c]));
        }

        return TrainChooser(articles, heldOut, chooserOptions, folds, output);
    }

    /// <summary>
    /// Scores every pair of thresholds with each fold's claims chosen among by a chooser trained on the other folds'
    /// claims, then trains on all of them with the best pair.
    /// </summary>
    private static ClaimContentChooser TrainChooser(
        IReadOnlyList<PolnearArticle> articles, HeldOutClaims[] heldOut, ClaimContentTrainingOptions options, int folds, TextWriter output)
    {
        var settings = options.SwitchMargins.SelectMany(m => options.DropThresholds.Select(d => (Margin: m, Drop: d))).ToArray();
        var evaluations = settings.Select(_ => new List<ArticleEvaluation>()).ToArray();
        for (var k = 0; k < folds; k++)
        {
            var chooser = ClaimContentChooserTrainer.Train([.. heldOut.Where(h => h.Fold != k).SelectMany(h => h.Candidates)], options);
            for (var i = k; i < articles.Count; i += folds)
            {
                for (var s = 0; s < settings.Length; s++)
                {
                    evaluations[s].Add(heldOut[i].Evaluate(articles[i], chooser.WithThresholds(settings[s].Margin, settings[s].Drop)));
                }
            }
        }

        var scores = evaluations.Select(AttributionScores.Sum).ToArray();
        var best = Enumerable.Range(0, settings.Length).MaxBy(s => scores[s].Attributions.F1);
        for (var s = 0; s < settings.Length; s++)
        {
            WriteScores(output, string.Create(CultureInfo.InvariantCulture, $"chooser {settings[s].Margin:F2}/{settings[s].Drop:F2}{(s == best ? " *" : "")}"), scores[s]);
        }

        return ClaimContentChooserTrainer.Train([.. heldOut.SelectMany(h => h.Candidates)], options, settings[best].Margin, settings[best].Drop);
    }

    private static List<(ContentCandidate Candidate, bool Matches)> Label(PolnearArticle article, List<ContentCandidate> candidates)
    {
        var gold = AttributionScorer.GoldContents(article);
        return [.. candidates.Select(c => (c, gold.Any(g => g.Span.IntersectionOverUnion(new TextSpanSet(c.Span)) >= StatementComparison.DefaultThreshold)))];
    }

    private static void WriteScores(TextWriter output, string name, AttributionScores scores)
    {
        var counts = scores.Attributions;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-14} attributions P {counts.Precision:F3}  R {counts.Recall:F3}  F1 {counts.F1:F4}   source accuracy {counts.SourceAccuracy:F3}   predicted {counts.Predicted}  matched {counts.Matched}   quote speakers {scores.Quotes.SourceAccuracy:F3}"));
    }

    /// <summary>
    /// A held-out article's claims and quotes as the union left them, before choosing, and their labelled candidates.
    /// Choosing here comes after the whole step, where the pipeline chooses before adding the sentences that state
    /// numbers, so a dropped claim's numbers do not come back as a statement of their own: a close, cheap stand-in.
    /// </summary>
    private sealed record HeldOutClaims(
        int Fold,
        AnalysisDocument Document,
        List<(ContentCandidate Candidate, bool Matches)> Candidates,
        List<ExtractedClaim> Claims,
        List<ExtractedQuote> Quotes)
    {
        /// <summary>Scores the article with its claims, and its quotes as the union left them, chosen among by <paramref name="chooser"/>.</summary>
        public ArticleEvaluation Evaluate(PolnearArticle article, ClaimContentChooser chooser)
        {
            Document.Quotes.Clear();
            Document.Quotes.AddRange(Quotes);
            Document.Claims.Clear();
            Document.Claims.AddRange(Claims);
            chooser.Apply(Document, [.. Candidates.Select(c => c.Candidate)]);
            return AttributionScorer.Evaluate(article, Document);
        }
    }

    /// <summary>Claims that overlap a gold content without matching it, beside that content: the boundary errors.</summary>
    private static void WriteBoundaryMisses(TextWriter output, List<ArticleEvaluation> evaluations, int limit)
    {
        var misses = evaluations.SelectMany(e => e.Attributions.FalseAlarms
            .Where(f => f.Kind == PredictedStatementKind.Claim)
            .Select(f => (e.Article, Predicted: f, Gold: AttributionScorer.GoldContents(e.Article).FirstOrDefault(g => g.Span.IntersectionLength(f.Span) > 0)))
            .Where(m => m.Gold is not null))
            .Take(limit);
        output.WriteLine($"== claims overlapping a gold content below half IoU (first {limit})");
        foreach (var (article, predicted, gold) in misses)
        {
            output.WriteLine($"- {article.Name} {predicted.Span}");
            output.WriteLine($"    predicted: «{article.Text[predicted.Span.Extent.Start..predicted.Span.Extent.End]}»");
            output.WriteLine($"    gold:      «{article.Text[gold!.Span.Extent.Start..gold.Span.Extent.End]}»");
        }
    }

    private static HashSet<RoleSpan> RoleSpansOf(IReadOnlyList<RoleSpan> gold, AnalysisDocument document) =>
        [.. AttributionTagger.AsTaggable(gold, document.Tokens.Count)];
}
