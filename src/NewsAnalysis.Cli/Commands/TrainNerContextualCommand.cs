using System.CommandLine;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// train-ner-contextual --data DIR --out FILE: trains the entity recogniser's accurate mode (decision 0021) on the
/// encoder's token vectors of DIR/eng.train, chooses its weight beside the shipped perceptron on DIR/eng.testa, and
/// writes the gzip tagger.
/// </summary>
internal static class TrainNerContextualCommand
{
    public static Command Create()
    {
        var defaults = new ContextualTaggerOptions();
        var data = ConllFiles.CreateDataOption();
        var output = PerceptronCommandParts.Output("src/NewsAnalysis.Core/Resources/ner-contextual.bin.gz");
        var epochs = PerceptronCommandParts.Epochs(defaults.Epochs, "tokens");
        var seed = new Option<int>("--seed") { Description = "Seed of the token shuffle and the first weights", HelpName = "N", DefaultValueFactory = _ => defaults.Seed };
        var hidden = new Option<int>("--hidden") { Description = "Units of the hidden layer (0: a linear tagger)", HelpName = "N", DefaultValueFactory = _ => defaults.Hidden };
        var window = new Option<int>("--window") { Description = "Neighbours read on each side of a token", HelpName = "N", DefaultValueFactory = _ => defaults.Window };
        var rate = new Option<float>("--learning-rate") { Description = "Adam's step size", HelpName = "R", DefaultValueFactory = _ => defaults.LearningRate };
        var documentContext = new Option<bool>("--document-context")
        {
            Description = "Encode consecutive sentences of a document together, so each token also reads its neighbouring sentences (false: each sentence alone)",
            DefaultValueFactory = _ => defaults.DocumentContext,
        };
        var cache = new Option<string>("--vector-cache")
        {
            Description = "A folder where the encoder's token vectors of eng.train and eng.testa are kept between runs (about 400 MB)",
            HelpName = "DIR",
        };
        var command = new Command(
            "train-ner-contextual",
            "Trains the entity recogniser's accurate mode on the encoder's vectors of eng.train, weighs it on eng.testa and writes the gzip tagger")
        {
            data, output, epochs, seed, hidden, window, rate, documentContext, cache,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(cache),
            defaults with
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                Hidden = parseResult.GetValue(hidden),
                Window = parseResult.GetValue(window),
                LearningRate = parseResult.GetValue(rate),
                DocumentContext = parseResult.GetValue(documentContext),
            }));
        return command;
    }

    private static int Run(string data, string output, string? cacheFolder, ContextualTaggerOptions options)
    {
        if (options.Window is < 0 or > 4 || options.Hidden is < 0 or > 4096 || options.Epochs < 1 || options.LearningRate <= 0)
        {
            Console.Error.WriteLine("--window must be 0-4, --hidden 0-4096, --epochs at least 1 and --learning-rate positive.");
            return 2;
        }

        var training = ConllFiles.ReadSplit(data, "eng.train");
        var development = ConllFiles.ReadSplit(data, "eng.testa");
        if (cacheFolder is not null)
        {
            Directory.CreateDirectory(cacheFolder);
        }

        using var encoder = new ContextualTokenEncoder(options.DocumentContext);
        var trainingVectors = Vectors(encoder, training, cacheFolder, "eng.train");
        var developmentVectors = Vectors(encoder, development, cacheFolder, "eng.testa");
        Console.WriteLine($"training on {training.Count} sentences of {Path.Combine(data, "eng.train")}: window {options.Window}, hidden {options.Hidden}, {options.Epochs} epochs, seed {options.Seed}");
        return PerceptronCommandParts.TrainAndSave(
            output,
            () =>
            {
                var (tagger, _) = ContextualTaggerTuning.TrainAndTune(
                    EntityRecognizer.LoadDefault(), training, trainingVectors, development, developmentVectors, options, Console.WriteLine);
                Console.WriteLine($"chosen weight on eng.testa: {tagger.Weight}");
                return tagger;
            },
            (tagger, stream) => tagger.Save(stream),
            tagger => $"window {tagger.Window}, hidden {tagger.Hidden}, weight {tagger.Weight}");
    }

    private static float[][][] Vectors(ContextualTokenEncoder encoder, IReadOnlyList<Training.Corpora.TaggedSentence> sentences, string? cacheFolder, string split)
    {
        var documents = sentences
            .GroupBy(s => s.DocumentIndex)
            .Select(g => (IReadOnlyList<IReadOnlyList<string>>)g.Select(s => s.Tokens).ToList())
            .ToList();
        return ContextualVectorCache.LoadOrEncode(
            cacheFolder is null ? null : Path.Combine(cacheFolder, split + (encoder.DocumentContext ? ".document" : ".sentence") + ".vectors"), encoder, documents, Console.WriteLine);
    }
}
