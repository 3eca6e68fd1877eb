using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Training.Attribution;
using NewsAnalysis.Training.Claims;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `train-attribution --data DIR [--out FILE] [--chooser-out FILE] [--epochs N] [--seed N] [--prune X] [--beam N] [--folds K]
/// [--check] [--show-errors N]`: cross-validates the attribution tagger on PolNeAR train (first-listed annotator) in K folds
/// (default 5), scoring the tagged spans and every way of combining tagger and rules; trains the claim content chooser on
/// the claims the fold taggers made on the articles they had not seen, picking its thresholds by a second
/// cross-validation; then trains the tagger on all of train and writes both models. With --check it writes nothing.
/// </summary>
internal static class TrainAttributionCommand
{
    public static Command Create()
    {
        var defaults = new AttributionTrainingOptions();
        var data = new Option<string>("--data")
        {
            Description = "The PolNeAR folder",
            HelpName = "DIR",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "eval", "polnear"),
        }.AcceptExistingFolderOnly();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the attribution tagger",
            HelpName = "FILE",
            DefaultValueFactory = _ => "src/NewsAnalysis.Core/Resources/attribution-model.bin.gz",
        };
        var chooserOutput = new Option<string>("--chooser-out")
        {
            Description = "Where to write the claim content chooser",
            HelpName = "FILE",
            DefaultValueFactory = _ => "src/NewsAnalysis.Core/Resources/claim-content-model.bin.gz",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training articles", HelpName = "N", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the article shuffle", HelpName = "N", DefaultValueFactory = _ => defaults.Seed };
        var prune = new Option<float>("--prune")
        {
            Description = "Averaged weights smaller than this in magnitude are dropped from the saved model",
            HelpName = "X",
            DefaultValueFactory = _ => defaults.PruneThreshold,
        };
        var beam = new Option<int>("--beam") { Description = "Label sequences kept while decoding; 1 is greedy", HelpName = "N", DefaultValueFactory = _ => defaults.BeamWidth }.AcceptRange(1);
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", HelpName = "K", DefaultValueFactory = _ => 5 }.AcceptRange(2);
        var check = new Option<bool>("--check") { Description = "Cross-validate only; write nothing" };
        var showErrors = ShowErrorsOption.Create("Print the first N cross-validation errors of each kind (tagger claims)");
        var command = new Command(
            "train-attribution",
            "Cross-validates the attribution tagger on PolNeAR train, trains the claim content chooser on the fold taggers' claims, then trains the tagger on all of train and writes both models")
        {
            data, output, chooserOutput, epochs, seed, prune, beam, folds, check, showErrors,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(output),
            parseResult.GetRequiredValue(chooserOutput),
            defaults with
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                BeamWidth = parseResult.GetValue(beam),
                PruneThreshold = parseResult.GetValue(prune),
            },
            parseResult.GetValue(folds),
            parseResult.GetValue(check),
            parseResult.GetValue(showErrors)));
        return command;
    }

    private static int Run(
        string data, string output, string chooserOutput, AttributionTrainingOptions training, int folds, bool check, int? showErrors)
    {
        IReadOnlyList<PolnearArticle> articles;
        try
        {
            articles = PolnearCorpus.Load(data, "train");
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var watch = Stopwatch.StartNew();
        var inputs = ExtractionPipeline.CreateAttributionInputs();
        var documents = articles.Select(a => inputs.Analyze(a.Text)).ToList();
        var examples = articles.Select((a, i) => new AttributionTrainingExample(documents[i], PolnearRoleSpans.Of(a, documents[i]))).ToList();
        Console.WriteLine($"analysed {articles.Count} PolNeAR train articles in {watch.Elapsed.TotalSeconds:F1} s; {training.Epochs} epochs, seed {training.Seed}");

        var chooser = AttributionCrossValidation.Run(articles, examples, training, new ClaimContentTrainingOptions(), folds, showErrors, Console.Out);
        if (check)
        {
            return 0;
        }

        watch.Restart();
        var tagger = AttributionTaggerTrainer.Train(examples, training, Console.WriteLine);
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F1} s");
        Write(output, tagger.Save);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB, {tagger.FeatureCount} features)");
        Write(chooserOutput, chooser.Save);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {chooserOutput} ({new FileInfo(chooserOutput).Length / 1024.0:F0} KB; switch margin {chooser.SwitchMargin:F2}, drop below {chooser.DropBelow:F2})"));
        return 0;
    }

    private static void Write(string path, Action<Stream> save)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        save(stream);
    }
}
