using System.CommandLine;
using System.Diagnostics;

namespace NewsAnalysis.Cli.Commands;

/// <summary>The options and the train-time-save sequence that train-ner and train-pos share.</summary>
internal static class PerceptronCommandParts
{
    public static Option<string> Output(string defaultPath) => new("--out")
    {
        Description = "Where to write the model",
        HelpName = "FILE",
        DefaultValueFactory = _ => defaultPath,
    };

    /// <param name="unit">What one pass goes over ("documents", "sentences").</param>
    public static Option<int> Epochs(int defaultValue, string unit) => new("--epochs")
    {
        Description = $"Passes over the training {unit}",
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <param name="unit">What is shuffled ("document", "sentence").</param>
    public static Option<int> Seed(int defaultValue, string unit) => new("--seed")
    {
        Description = $"Seed of the {unit} shuffle",
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>Trains, reports the time, writes the model to <paramref name="output"/> and reports its size.</summary>
    /// <param name="train">Trains the model.</param>
    /// <param name="save">Writes the model to a stream.</param>
    /// <param name="describe">What to say of the model after its size ("120000 features").</param>
    public static int TrainAndSave<TModel>(string output, Func<TModel> train, Action<TModel, Stream> save, Func<TModel, string> describe)
    {
        var watch = Stopwatch.StartNew();
        var model = train();
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F1} s");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            save(model, stream);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB, {describe(model)})");
        return 0;
    }
}
