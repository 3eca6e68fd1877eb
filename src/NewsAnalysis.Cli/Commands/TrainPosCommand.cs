using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Training.Grammar;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// train-pos --data DIR --out FILE [--epochs N] [--seed N] [--prune X]: trains the part-of-speech tagger
/// on the POS column of DIR/eng.train (and nothing else) and writes the gzip model.
/// </summary>
internal static class TrainPosCommand
{
    public static Command Create()
    {
        var defaults = new PartOfSpeechTrainingOptions();
        var data = ConllFiles.CreateDataOption();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model",
            HelpName = "FILE",
            DefaultValueFactory = _ => "src/NewsAnalysis.Training/Resources/pos-model.bin.gz",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences", HelpName = "N", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence shuffle", HelpName = "N", DefaultValueFactory = _ => defaults.Seed };
        var prune = new Option<float>("--prune")
        {
            Description = "Averaged weights smaller than this in magnitude are dropped from the saved model",
            HelpName = "X",
            DefaultValueFactory = _ => defaults.PruneThreshold,
        };
        var command = new Command("train-pos", "Trains the part-of-speech tagger on the POS column of eng.train of the --data folder (and nothing else) and writes the gzip model")
        {
            data, output, epochs, seed, prune,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(output),
            defaults with
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                PruneThreshold = parseResult.GetValue(prune),
            }));
        return command;
    }

    private static int Run(string data, string output, PartOfSpeechTrainingOptions training)
    {
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
        return 0;
    }
}
