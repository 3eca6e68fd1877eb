using System.Diagnostics;
using NewsAnalysis.Core.Extraction.Claims;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// <c>evaluate-checkworthiness [--data train.json] [--model file.bin.gz]</c>: precision, recall and F1 of the
/// check-worthy class on the held-out fifth, with the shipped model unless another is given.
/// </summary>
internal static class EvaluateCheckWorthinessCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (!CommandOptions.TryParse(args, ["data", "model"], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return Task.FromResult(2);
        }

        var modelPath = options.Get("model", string.Empty);
        CheckWorthinessScorer scorer;
        if (modelPath.Length == 0)
        {
            scorer = CheckWorthinessScorer.LoadDefault();
        }
        else
        {
            using var model = File.OpenRead(modelPath);
            scorer = CheckWorthinessScorer.Load(model);
        }

        var (_, heldOut) = ClaimBusterData.Load(options.Get("data", ClaimBusterData.DefaultPath));
        var stopwatch = Stopwatch.StartNew();
        var evaluation = CheckWorthinessEvaluation.Evaluate(scorer, heldOut);
        stopwatch.Stop();

        Console.WriteLine($"model: {(modelPath.Length == 0 ? "embedded default" : modelPath)}, threshold {scorer.Threshold:F4}, {scorer.NonZeroWeightCount} non-zero weights");
        Console.WriteLine($"held-out fifth: {heldOut.Count} sentences, {heldOut.Count(e => e.CheckWorthy)} check-worthy; {stopwatch.Elapsed.TotalMicroseconds / heldOut.Count:F1} us per sentence");
        ClaimBusterData.PrintScores("held-out check-worthy class", evaluation);
        return Task.FromResult(0);
    }
}
