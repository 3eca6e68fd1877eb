using System.Diagnostics;
using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Training.Pages;

/// <summary>Runs an extractor over the article-extraction pages on one thread and scores each page's body.</summary>
public static class ExtractionEvaluator
{
    /// <summary>
    /// Each page's outcome, and the wall-clock and CPU time of the process spent in extraction alone (scoring not
    /// included); on a machine shared with other work the CPU time is the figure to trust.
    /// </summary>
    public static (IReadOnlyList<PageEvaluation> Pages, TimeSpan ExtractionTime, TimeSpan CpuTime) Evaluate(
        ArticlePageExtractor extractor, IReadOnlyList<ExtractionPage> pages)
    {
        var extracted = new string[pages.Count];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
        {
            extracted[i] = extractor.Extract(pages[i].Html, pages[i].Url)?.Body ?? "";
        }

        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var outcomes = pages
            .Select((page, i) => new PageEvaluation(page, extracted[i], ShingleScore.Compare(page.ArticleBody, extracted[i])))
            .ToArray();
        return (outcomes, stopwatch.Elapsed, cpu);
    }
}
