using System.Diagnostics;
using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Training.Pages;

/// <summary>Runs an extractor over the article-extraction pages on one thread and scores each page's body.</summary>
public static class ExtractionEvaluator
{
    /// <summary>Each page's outcome, and the time spent in extraction alone (scoring not included).</summary>
    public static (IReadOnlyList<PageEvaluation> Pages, TimeSpan ExtractionTime) Evaluate(
        ArticlePageExtractor extractor, IReadOnlyList<ExtractionPage> pages)
    {
        var extracted = new string[pages.Count];
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
        {
            extracted[i] = extractor.Extract(pages[i].Html, pages[i].Url)?.Body ?? "";
        }

        stopwatch.Stop();
        var outcomes = pages
            .Select((page, i) => new PageEvaluation(page, extracted[i], ShingleScore.Compare(page.ArticleBody, extracted[i])))
            .ToArray();
        return (outcomes, stopwatch.Elapsed);
    }
}
