using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `bench-pipeline FOLDER [--threads N] [--passes N] [--sentence-encoder] [--accurate-entities] [--stages] [--scores FILE]`: the extraction
/// pipeline in process over a folder's .txt articles, after a warm-up on a few of them, with N threads taking articles from
/// one queue. Prints articles and words per second of wall time and the process's CPU time per article, which
/// stays steady when other work shares the machine. The claim scores can be written out to check that a change
/// to the encoder kept them. With --stages it also prints what each step costs (<see cref="StageTimes"/>).
/// </summary>
internal static class BenchPipelineCommand
{
    private const int WarmUpArticles = 8;

    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "A folder of .txt articles, such as shared/eval/polnear/dev/text" }
            .AcceptExistingFolderOnly();
        var threads = new Option<int>("--threads") { Description = "Threads analysing articles at once", HelpName = "N", DefaultValueFactory = _ => 1 }
            .AcceptRange(1, 64);
        var passes = new Option<int>("--passes") { Description = "Measured passes over the folder; a second pass repeats the first one's batch shapes, which the encoder runs a little cheaper", HelpName = "N", DefaultValueFactory = _ => 2 }
            .AcceptRange(1, 1_000);
        var encoder = new Option<bool>("--sentence-encoder")
        {
            Description = "Check-worthiness also reads the sentence encoder (Extraction:SentenceEncoder; off by default)",
        };
        var accurateEntities = new Option<bool>("--accurate-entities")
        {
            Description = "Whether the entity recogniser runs in its accurate mode over the encoder's vectors (needs the sentence encoder)",
        };
        var stages = new Option<bool>("--stages")
        {
            Description = "Also prints each step's wall and CPU milliseconds and allocated kilobytes per article (the thread's own CPU time; Linux)",
        };
        var scores = new Option<string>("--scores") { Description = "Writes every claim's check-worthiness score, one a line, to this file", HelpName = "FILE" };
        var command = new Command("bench-pipeline", "Articles per second and CPU time per article of the extraction pipeline in process")
        {
            folder, threads, passes, encoder, accurateEntities, stages, scores,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(folder),
            parseResult.GetValue(threads),
            parseResult.GetValue(passes),
            parseResult.GetValue(encoder),
            parseResult.GetValue(accurateEntities),
            parseResult.GetValue(stages),
            parseResult.GetValue(scores)));
        return command;
    }

    private static int Run(string folder, int threads, int passes, bool useSentenceEncoder, bool accurateEntities, bool stages, string? scoresPath)
    {
        if (accurateEntities && !useSentenceEncoder)
        {
            Console.Error.WriteLine("--accurate-entities needs the sentence encoder.");
            return 2;
        }

        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"no .txt files in {folder}");
            return 2;
        }

        var words = texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var pipeline = ExtractionPipeline.CreateDefault(useSentenceEncoder, accurateEntities);

        // The warm-up loads the models and compiles the code on a few articles only: a measured article whose batch
        // shapes the encoder has already seen would cost it less than a new article does in the API.
        foreach (var text in texts.Take(WarmUpArticles))
        {
            pipeline.Analyze(text);
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var jobs = Enumerable.Repeat(texts, passes).SelectMany(t => t).ToArray();
        var documents = new AnalysisDocument[texts.Length];
        var stageTimes = stages ? new StageTimes(pipeline) : null;
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var document = stageTimes is null ? pipeline.Analyze(jobs[i]) : stageTimes.Analyze(jobs[i]);
            if (i < documents.Length)
            {
                documents[i] = document;
            }
        });
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        var claims = documents.Sum(d => d.Claims.Count);
        if (scoresPath is not null)
        {
            File.WriteAllLines(scoresPath, documents.SelectMany(d => d.ClaimScores).Select(s => s.ToString("0.0000", CultureInfo.InvariantCulture)));
        }

        var articles = jobs.Length;
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{texts.Length} articles, {words:N0} words, {claims:N0} claims; sentence encoder {(useSentenceEncoder ? "on" : "off")}, {threads} thread(s), {passes} pass(es), {Environment.ProcessorCount} cores");
        Console.WriteLine($"wall: {articles / seconds:N1} articles/s, {words * passes / seconds:N0} words/s");
        Console.WriteLine($"CPU: {cpu.TotalMilliseconds / articles:N1} ms per article, {cpu.TotalMilliseconds * 1000 / (words * passes):N1} µs per word, {cpu.TotalSeconds / seconds:N2} cores busy");
        Console.WriteLine($"memory: {process.PeakWorkingSet64 / (1024 * 1024):N0} MB peak working set");
        stageTimes?.Print(articles);
        return 0;
    }
}
