using System.Diagnostics;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// train-ner --data DIR --out FILE [--epochs N] [--seed N]: trains the entity recogniser on DIR/eng.train
/// (and nothing else) and writes the gzip model.
/// </summary>
internal static class TrainNerCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (!CommandOptions.TryParse(args, ["data", "epochs", "out", "rare", "seed"], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return Task.FromResult(2);
        }

        var data = options.Get("data", ConllFiles.DefaultData);
        var output = options.Get("out", "src/NewsAnalysis.Core/Resources/ner-model.bin.gz");
        var defaults = new NerTrainingOptions();
        var training = defaults with
        {
            Epochs = options.GetInt("epochs", defaults.Epochs),
            Seed = options.GetInt("seed", defaults.Seed),
            RareWordCount = options.GetInt("rare", defaults.RareWordCount),
        };

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
        return Task.FromResult(0);
    }
}
