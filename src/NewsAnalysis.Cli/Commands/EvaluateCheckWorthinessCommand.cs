using System.CommandLine;
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
    public static Command Create()
    {
        var data = ClaimBusterData.CreateDataOption();
        var model = new Option<string>("--model") { Description = "A lexical model to score instead of the shipped one; needs --head", HelpName = "FILE" }.AcceptExistingFileOnly();
        var head = new Option<string>("--head") { Description = "The sentence-encoder head trained beside --model", HelpName = "FILE" }.AcceptExistingFileOnly();
        var command = new Command(
            "evaluate-checkworthiness",
            "Precision, recall and F1 of the check-worthy class on the held-out fifth of ClaimBuster, lexical model alone and mixed with the sentence encoder")
        {
            data, model, head,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(model) is null) != (result.GetValue(head) is null))
            {
                result.AddError("--model and --head go together: the lexical model and the encoder head trained beside it.");
            }
        });
        command.SetAction(parseResult => Run(parseResult.GetRequiredValue(data), parseResult.GetValue(model), parseResult.GetValue(head)));
        return command;
    }

    private static int Run(string data, string? modelPath, string? headPath)
    {
        CheckWorthinessClassifier classifier;
        if (modelPath is null || headPath is null)
        {
            classifier = CheckWorthinessClassifier.LoadDefault();
        }
        else
        {
            using var model = File.OpenRead(modelPath);
            using var head = File.OpenRead(headPath);
            classifier = CheckWorthinessClassifier.Load(CheckWorthinessScorer.Load(model), head, new SentenceEmbedder());
        }

        var (_, heldOut) = ClaimBusterData.Load(data);
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
        return 0;
    }
}
