using System.CommandLine;
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
        var output = PerceptronCommandParts.Output("src/NewsAnalysis.Core/Resources/ner-model.bin.gz");
        var epochs = PerceptronCommandParts.Epochs(defaults.Epochs, "documents");
        var seed = PerceptronCommandParts.Seed(defaults.Seed, "document");
        var rare = new Option<int>("--rare")
        {
            Description = "Words seen fewer times than this in training lose their word-identity features there (1 disables it)",
            HelpName = "N",
            DefaultValueFactory = _ => defaults.RareWordCount,
        };
        var clusters = ConllFiles.CreateClustersOption();
        var command = new Command("train-ner", "Trains the entity recogniser on eng.train of the --data folder (and nothing else) and writes the gzip model")
        {
            data, output, epochs, seed, rare, clusters,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(output),
            defaults with
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                RareWordCount = parseResult.GetValue(rare),
                Clusters = ConllFiles.LoadClusters(parseResult.GetValue(clusters)),
            }));
        return command;
    }

    private static int Run(string data, string output, NerTrainingOptions training)
    {
        var sentences = ConllFiles.ReadSplit(data, "eng.train");
        Console.WriteLine($"training on {sentences.Count} sentences of {Path.Combine(data, "eng.train")}, {training.Epochs} epochs");
        return PerceptronCommandParts.TrainAndSave(
            output,
            () => EntityRecognizerTrainer.Train(sentences, training, Console.WriteLine),
            (recognizer, stream) => recognizer.Save(stream),
            recognizer => $"{recognizer.FeatureCount} features");
    }
}
