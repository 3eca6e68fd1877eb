using System.Diagnostics;
using NewsAnalysis.Core.Extraction.CheckWorthiness;
using NewsAnalysis.Training.CheckWorthiness;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// <c>evaluate-checkworthiness [--data train.json] [--model lexical.bin.gz --head head.bin.gz]</c>: precision, recall
/// and F1 of the check-worthy class on the held-out fifth, of the lexical model alone and mixed with the sentence
/// encoder, with the shipped models unless others are given.
/// </summary>
internal static class EvaluateCheckWorthinessCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (!CommandOptions.TryParse(args, ["data", "model", "head"], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return Task.FromResult(2);
        }

        var modelPath = options.Get("model", string.Empty);
        var headPath = options.Get("head", string.Empty);
        if ((modelPath.Length == 0) != (headPath.Length == 0))
        {
            Console.Error.WriteLine("--model and --head go together: the lexical model and the encoder head trained beside it.");
            return Task.FromResult(2);
        }

        CheckWorthinessClassifier classifier;
        if (modelPath.Length == 0)
        {
            classifier = CheckWorthinessClassifier.LoadDefault();
        }
        else
        {
            using var model = File.OpenRead(modelPath);
            using var head = File.OpenRead(headPath);
            classifier = CheckWorthinessClassifier.Load(CheckWorthinessScorer.Load(model), head, new SentenceEmbedder());
        }

        var (_, heldOut) = ClaimBusterData.Load(options.Get("data", ClaimBusterData.DefaultPath));
        Console.WriteLine($"held-out fifth: {heldOut.Count} sentences, {heldOut.Count(e => e.CheckWorthy)} check-worthy");
        var stopwatch = Stopwatch.StartNew();
        var lexical = CheckWorthinessEvaluation.Evaluate(classifier.Lexical, heldOut);
        Console.WriteLine($"lexical model alone: threshold {classifier.Lexical.Threshold:F4}, {classifier.Lexical.NonZeroWeightCount} non-zero weights, " +
            $"{stopwatch.Elapsed.TotalMicroseconds / heldOut.Count:F1} us per sentence");
        ClaimBusterData.PrintScores("held-out check-worthy class (lexical)", lexical);
        stopwatch.Restart();
        var mixed = CheckWorthinessEvaluation.Evaluate(classifier, heldOut);
        Console.WriteLine($"with the sentence encoder: lexical share {classifier.LexicalWeight:F1}, threshold {classifier.Threshold:F4}, " +
            $"{stopwatch.Elapsed.TotalMilliseconds / heldOut.Count:F2} ms per sentence");
        ClaimBusterData.PrintScores("held-out check-worthy class (mixed)", mixed);
        return Task.FromResult(0);
    }
}
