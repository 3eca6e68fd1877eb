using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Training.Coreference;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// <c>train-coreference [--data gap] [--out model]</c>: trains the pronoun antecedent model on gap-development, picks
/// its threshold on gap-validation and writes it.
/// </summary>
internal static class TrainCoreferenceCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The GAP folder (gap-development.tsv to train on, gap-validation.tsv to tune on)",
            HelpName = "DIR",
            DefaultValueFactory = _ => "../shared/eval/gap",
        }.AcceptExistingFolderOnly();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model",
            HelpName = "FILE",
            DefaultValueFactory = _ => "src/NewsAnalysis.Core/Resources/antecedent-model.bin.gz",
        };
        var defaults = new AntecedentTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training pairs", HelpName = "N", DefaultValueFactory = _ => defaults.Epochs }
            .AcceptRange(1, 1_000);
        var l2 = new Option<double>("--l2") { Description = "The L2 penalty on the weights", HelpName = "X", DefaultValueFactory = _ => defaults.L2 };
        var command = new Command("train-coreference", "Trains the pronoun antecedent model on gap-development, tunes its threshold on gap-validation and writes it")
        {
            data, output, epochs, l2,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(output),
            defaults with { Epochs = parseResult.GetValue(epochs), L2 = parseResult.GetValue(l2) }));
        return command;
    }

    private static int Run(string data, string path, AntecedentTrainingOptions options)
    {
        var watch = Stopwatch.StartNew();
        var development = GapReader.Read(Path.Combine(data, "gap-development.tsv"));
        var validation = GapReader.Read(Path.Combine(data, "gap-validation.tsv"));
        var model = AntecedentModelTrainer.Train(development, options);
        var thresholds = Enumerable.Range(1, 19).Select(i => i / 20.0);
        var (tuned, f1, tried) = AntecedentModelTrainer.TuneThreshold(model, validation, thresholds);
        foreach (var (threshold, triedF1, bias) in tried)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {threshold:F2}: F1 {100 * triedF1:F1}, F/M {bias:F3}"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"trained on {development.Count} rows; threshold {tuned.Threshold:F2} gives gap-validation F1 {100 * f1:F1} ({watch.Elapsed.TotalSeconds:F1} s)"));
        using (var stream = File.Create(path))
        {
            tuned.Save(stream);
        }

        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KB)");
        return 0;
    }
}
