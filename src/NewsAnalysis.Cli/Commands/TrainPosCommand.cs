using System.Diagnostics;
using NewsAnalysis.Training.Grammar;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// train-pos --data DIR --out FILE [--epochs N] [--seed N] [--prune X]: trains the part-of-speech tagger
/// on the POS column of DIR/eng.train (and nothing else) and writes the gzip model.
/// </summary>
internal static class TrainPosCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (!CommandOptions.TryParse(args, ["data", "epochs", "out", "prune", "seed"], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return Task.FromResult(2);
        }

        var data = options.Get("data", ConllFiles.DefaultData);
        var output = options.Get("out", "src/NewsAnalysis.Core/Resources/pos-model.bin.gz");
        var defaults = new PartOfSpeechTrainingOptions();
        var training = defaults with
        {
            Epochs = options.GetInt("epochs", defaults.Epochs),
            Seed = options.GetInt("seed", defaults.Seed),
            PruneThreshold = options.Find("prune") is { } prune
                ? float.Parse(prune, System.Globalization.CultureInfo.InvariantCulture)
                : defaults.PruneThreshold,
        };

        var sentences = ConllFiles.ReadPartsOfSpeech(data, "eng.train");
        Console.WriteLine($"training on {sentences.Count} sentences of {Path.Combine(data, "eng.train")}, {training.Epochs} epochs");
        var watch = Stopwatch.StartNew();
        var tagger = PartOfSpeechTagger.Train(sentences, training, Console.WriteLine);
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F1} s");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            tagger.Save(stream);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB, {tagger.FeatureCount} features, {tagger.Tags.Count} tags)");
        return Task.FromResult(0);
    }
}
