using System.CommandLine;
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
        var output = PerceptronCommandParts.Output("src/NewsAnalysis.Training/Resources/pos-model.bin.gz");
        var epochs = PerceptronCommandParts.Epochs(defaults.Epochs, "sentences");
        var seed = PerceptronCommandParts.Seed(defaults.Seed, "sentence");
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
        return PerceptronCommandParts.TrainAndSave(
            output,
            () => PartOfSpeechTagger.Train(sentences, training, Console.WriteLine),
            (tagger, stream) => tagger.Save(stream),
            tagger => $"{tagger.FeatureCount} features, {tagger.Tags.Count} tags");
    }
}
