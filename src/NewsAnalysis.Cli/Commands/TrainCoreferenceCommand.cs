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
        var command = new Command("train-coreference", "Trains the pronoun antecedent model on gap-development, tunes its threshold on gap-validation and writes it")
        {
            data, output,
        };
        command.SetAction(parseResult => Run(parseResult.GetRequiredValue(data), parseResult.GetRequiredValue(output)));
        return command;
    }

    private static int Run(string data, string path)
    {
        var watch = Stopwatch.StartNew();
        var development = GapReader.Read(Path.Combine(data, "gap-development.tsv"));
        var validation = GapReader.Read(Path.Combine(data, "gap-validation.tsv"));
        var model = AntecedentModelTrainer.Train(development, new AntecedentTrainingOptions());
        var thresholds = Enumerable.Range(1, 19).Select(i => i / 20.0);
        var (tuned, f1) = AntecedentModelTrainer.TuneThreshold(model, validation, thresholds);
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
