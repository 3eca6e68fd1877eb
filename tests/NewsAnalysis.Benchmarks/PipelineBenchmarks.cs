using BenchmarkDotNet.Attributes;
using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// The whole extraction pipeline over the PolNeAR dev articles on one thread. One operation is one
/// word (whitespace-separated), so words per second = 1e9 / Mean(ns). With and without the sentence
/// encoder of the check-worthiness score; few iterations, since one pass with the encoder takes seconds.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class PipelineBenchmarks
{
    private const int Words = 67_609; // whitespace-separated words in polnear/dev/text, checked in GlobalSetup
    private ExtractionPipeline _pipeline = null!;
    private string[] _texts = [];

    [Params(true, false)]
    public bool SentenceEncoder { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ExtractionPipeline.CreateDefault(SentenceEncoder);
        _texts = Directory.GetFiles(EvalFiles.Folder(Path.Combine("polnear", "dev", "text")), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var words = _texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        if (words != Words)
        {
            throw new InvalidOperationException($"polnear/dev has {words} words, the benchmark expects {Words}");
        }
    }

    [Benchmark(OperationsPerInvoke = Words)]
    public int AnalyzeDevArticles()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            var document = _pipeline.Analyze(text);
            found += document.Mentions.Count + document.Quotes.Count + document.Claims.Count;
        }

        return found;
    }
}
