using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// train-ner --data DIR --out FILE [--epochs N] [--seed N]: trains the entity recogniser on DIR/eng.train
/// (and nothing else) and writes the gzip model.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var defaults = new NerTrainingOptions();
        var data = ConllFiles.CreateDataOption();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model",
            HelpName = "FILE",
            DefaultValueFactory = _ => "src/NewsAnalysis.Core/Resources/ner-model.bin.gz",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training documents", HelpName = "N", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the document shuffle", HelpName = "N", DefaultValueFactory = _ => defaults.Seed };
        var rare = new Option<int>("--rare")
        {
            Description = "Words seen fewer times than this in training lose their word-identity features there (1 disables it)",
            HelpName = "N",
            DefaultValueFactory = _ => defaults.RareWordCount,
        };
        var command = new Command("train-ner", "Trains the entity recogniser on eng.train of the --data folder (and nothing else) and writes the gzip model")
        {
            data, output, epochs, seed, rare,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(output),
            defaults with
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                RareWordCount = parseResult.GetValue(rare),
            }));
        return command;
    }

    private static int Run(string data, string output, NerTrainingOptions training)
    {
        var sentences = ConllFiles.ReadSplit(data, "eng.train");
        Console.WriteLine($"training on {sentences.Count} sentences of {Path.Combine(data, "eng.train")}, {training.Epochs} epochs");
        var watch = Stopwatch.StartNew();
        var recognizer = EntityRecognizerTrainer.Train(sentences, training, Console.WriteLine);
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F1} s");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            recognizer.Save(stream);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB, {recognizer.FeatureCount} features)");
        return 0;
    }
}
