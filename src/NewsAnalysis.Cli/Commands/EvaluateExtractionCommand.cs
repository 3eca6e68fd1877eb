using System.CommandLine;
using NewsAnalysis.Core.Pages;
using NewsAnalysis.Training.Pages;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// <c>evaluate-extraction --data DIR [--show-errors N]</c>: the ScrapingHub article-extraction benchmark's precision,
/// recall and F1 of the product's article extractor over html/KEY.html.gz against ground-truth.json, and its speed.
/// </summary>
internal static class EvaluateExtractionCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The article-extraction folder: ground-truth.json and html/KEY.html.gz",
            HelpName = "DIR",
            Required = true,
        }.AcceptExistingFolderOnly();
        var showErrors = ShowErrorsOption.Create("Print the N pages of lowest F1 with their precision and recall");
        var bodies = new Option<string>("--write-bodies") { Description = "Write each page's extracted body to DIR/KEY.txt, to read beside the truth", HelpName = "DIR" };
        var command = new Command(
            "evaluate-extraction",
            "Shingle precision, recall and F1 of the article extractor on the article-extraction benchmark's pages, and pages per second")
        {
            data, showErrors, bodies,
        };
        command.SetAction(parseResult => Run(parseResult.GetRequiredValue(data), parseResult.GetValue(showErrors), parseResult.GetValue(bodies)));
        return command;
    }

    private static int Run(string data, int? showErrors, string? bodiesFolder)
    {
        var pages = ArticleExtractionSet.Read(data);
        var extractor = new ArticlePageExtractor();

        // One untimed pass first, so that the figure is the extractor's and not the JIT's (tiered compilation
        // promotes a method only after it has run a while).
        ExtractionEvaluator.Evaluate(extractor, pages);
        var (outcomes, elapsed, cpu) = ExtractionEvaluator.Evaluate(extractor, pages);
        var scores = ExtractionScores.Average(outcomes.Select(o => o.Score).ToArray());
        var meanKilobytes = pages.Average(p => (double)p.Html.Length) / 1000;
        Console.WriteLine($"{scores.Pages} pages, mean {meanKilobytes:F0} k chars of HTML; {outcomes.Count(o => o.ExtractedBody.Length == 0)} with no article found");
        Console.WriteLine($"precision {scores.Precision:F3}  recall {scores.Recall:F3}  F1 {scores.F1:F3}");
        Console.WriteLine($"extraction alone, one thread, second pass: {pages.Count / elapsed.TotalSeconds:F1} pages/s ({elapsed.TotalMilliseconds / pages.Count:F1} ms per page); " +
            $"process CPU {cpu.TotalMilliseconds / pages.Count:F1} ms per page (the garbage collector's threads included)");
        if (bodiesFolder is not null)
        {
            Directory.CreateDirectory(bodiesFolder);
            foreach (var outcome in outcomes)
            {
                File.WriteAllText(Path.Combine(bodiesFolder, outcome.Page.Key + ".txt"), outcome.ExtractedBody);
            }
        }

        if (showErrors is { } count)
        {
            Console.WriteLine();
            Console.WriteLine($"{"precision",9} {"recall",7} {"F1",6}  {"extracted",9} {"true",7}  page");
            foreach (var outcome in outcomes.OrderBy(o => F1(o.Score)).Take(count))
            {
                Console.WriteLine($"{outcome.Score.Precision,9:F3} {outcome.Score.Recall,7:F3} {F1(outcome.Score),6:F3}  " +
                    $"{outcome.ExtractedBody.Length,9} {outcome.Page.ArticleBody.Length,7}  {outcome.Page.Key[..12]} {outcome.Page.Url}");
            }
        }

        return 0;
    }

    private static double F1(ShingleScore score) =>
        score.Precision + score.Recall == 0 ? 0 : 2 * score.Precision * score.Recall / (score.Precision + score.Recall);
}
