using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// Loading the shipped entity model from its embedded gzip file: time and allocations per load, and in the
/// Retained column the managed memory that the loaded model keeps, which is what a process holds for it after
/// start-up (Allocated also counts the buffers that the load throws away).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RetainedMemoryConfig))]
public class ModelLoadBenchmarks
{
    [Benchmark]
    public EntityRecognizer LoadEntityModel() => LoadEntity();

    private static EntityRecognizer LoadEntity()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream("NewsAnalysis.Core.Resources.ner-model.bin.gz")!;
        return EntityRecognizer.Load(stream);
    }

    private sealed class RetainedMemoryConfig : ManualConfig
    {
        public RetainedMemoryConfig() => AddColumn(new RetainedMemoryColumn(LoadEntity));
    }
}
