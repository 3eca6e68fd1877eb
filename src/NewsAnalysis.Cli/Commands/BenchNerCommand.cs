using System.Diagnostics;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// bench-ner [--data DIR] [--split eng.testa] [--seconds N]: load time and memory of the shipped model,
/// then single-thread tokens per second of recognition alone (tokenization excluded).
/// </summary>
internal static class BenchNerCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (!CommandOptions.TryParse(args, ["data", "model", "seconds", "split"], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return Task.FromResult(2);
        }

        var data = options.Get("data", ConllFiles.DefaultData);
        var split = options.Get("split", "eng.testa");
        var seconds = options.GetInt("seconds", 5);

        if (typeof(EntityRecognizer).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
            .OfType<DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled))
        {
            Console.WriteLine("warning: Debug build, the JIT optimiser is off; run with -c Release for real numbers");
        }

        var before = Process.GetCurrentProcess().WorkingSet64;
        var watch = Stopwatch.StartNew();
        var recognizer = options.Find("model") is { } path ? ConllFiles.LoadModel(path) : EntityRecognizer.LoadDefault();
        var loadTime = watch.Elapsed;
        GC.Collect();
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"load: {loadTime.TotalMilliseconds:F0} ms (first call, includes JIT); {recognizer.FeatureCount} features");
        Console.WriteLine($"working set: {before / 1048576.0:F0} MB before load, {process.WorkingSet64 / 1048576.0:F0} MB after; managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB");

        var sentences = ConllFiles.ReadSplit(data, split);
        var tokens = sentences.Sum(s => s.Tokens.Count);
        var documents = sentences.GroupBy(s => s.DocumentIndex).Select(g => g.Select(s => s.Tokens).ToList()).ToList();

        TokenThroughput.Print("Recognize (one sentence at a time)", tokens, seconds, () =>
        {
            foreach (var sentence in sentences)
            {
                recognizer.Recognize(sentence.Tokens);
            }
        });
        TokenThroughput.Print("RecognizeDocument (whole documents)", tokens, seconds, () =>
        {
            foreach (var document in documents)
            {
                recognizer.RecognizeDocument(document);
            }
        });
        return Task.FromResult(0);
    }
}
