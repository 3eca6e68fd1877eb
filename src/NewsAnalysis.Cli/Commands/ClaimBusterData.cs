using System.CommandLine;
using NewsAnalysis.Training.CheckWorthiness;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Cli.Commands;

/// <summary>Loads the ClaimBuster file and splits it the same way for training and evaluation.</summary>
internal static class ClaimBusterData
{
    public const string DefaultPath = "../shared/eval/claimbuster/train.json";

    public static Option<string> CreateDataOption() => new Option<string>("--data")
    {
        Description = "The ClaimBuster file",
        HelpName = "FILE",
        DefaultValueFactory = _ => DefaultPath,
    }.AcceptExistingFileOnly();

    public static (List<(string Text, bool CheckWorthy)> Training, List<(string Text, bool CheckWorthy)> HeldOut) Load(string path)
    {
        using var stream = File.OpenRead(path);
        var (training, heldOut) = ClaimBusterSplit.Split(ClaimBusterSplit.Read(stream));
        return (ToExamples(training), ToExamples(heldOut));
    }

    public static void PrintScores(string label, CheckWorthinessEvaluation evaluation) =>
        Console.WriteLine(
            $"{label}: precision {evaluation.Precision:F4}  recall {evaluation.Recall:F4}  F1 {evaluation.F1:F4}  " +
            $"(tp {evaluation.TruePositives}, fp {evaluation.FalsePositives}, fn {evaluation.FalseNegatives}, tn {evaluation.TrueNegatives})");

    private static List<(string Text, bool CheckWorthy)> ToExamples(IReadOnlyList<ClaimBusterSentence> sentences) =>
        sentences.Select(s => (s.Text, s.CheckWorthy)).ToList();
}
