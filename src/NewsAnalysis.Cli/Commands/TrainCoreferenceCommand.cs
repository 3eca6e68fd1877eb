using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Core.Extraction.Coreference;
using NewsAnalysis.Training.Coreference;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// <c>train-coreference [--data gap] [--encoder] [--out model]</c>: trains the pronoun antecedent model on
/// gap-development, picks its threshold on gap-validation and writes it; with <c>--encoder</c>, the model that also reads
/// the sentence encoder's evidence.
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
        var encoder = new Option<bool>("--encoder") { Description = "Train the model that also reads the sentence encoder (used when Extraction:SentenceEncoder is on)" };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model (default: the shipped file of the chosen kind)",
            HelpName = "FILE",
        };
        var command = new Command("train-coreference", "Trains the pronoun antecedent model on gap-development, tunes its threshold on gap-validation and writes it")
        {
            data, encoder, output,
        };
        command.SetAction(parseResult =>
        {
            var withEncoder = parseResult.GetValue(encoder);
            var path = parseResult.GetValue(output)
                ?? (withEncoder ? "src/NewsAnalysis.Core/Resources/antecedent-encoder-model.bin.gz" : "src/NewsAnalysis.Core/Resources/antecedent-model.bin.gz");
            return Run(parseResult.GetRequiredValue(data), withEncoder, path);
        });
        return command;
    }

    private static int Run(string data, bool withEncoder, string path)
    {
        var watch = Stopwatch.StartNew();
        var development = GapReader.Read(Path.Combine(data, "gap-development.tsv"));
        var validation = GapReader.Read(Path.Combine(data, "gap-validation.tsv"));
        using var encoder = withEncoder ? new ContextualTokenVectors(remember: true) : null;
        var model = AntecedentModelTrainer.Train(development, new AntecedentTrainingOptions(), encoder);
        var thresholds = Enumerable.Range(1, 19).Select(i => i / 20.0);
        var (tuned, f1) = AntecedentModelTrainer.TuneThreshold(model, validation, thresholds, encoder);
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
