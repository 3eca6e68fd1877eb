using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// Managed heap that one loaded object keeps alive: the heap after a full collection with the object held, less
/// the heap before its load. BenchmarkDotNet's diagnosers count allocations, not what stays, so this is measured
/// once in the host process when the summary is printed (the same build and runtime as the benchmark process).
/// </summary>
internal sealed class RetainedMemoryColumn(Func<object> load) : IColumn
{
    private readonly Lazy<long> _bytes = new(() => Measure(load));

    public string Id => nameof(RetainedMemoryColumn);

    public string ColumnName => "Retained";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => int.MaxValue; // after Allocated

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Managed memory the loaded model keeps alive (GC.GetTotalMemory after full collections, around one load; 1 MB = 1,048,576 B)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        string.Create(CultureInfo.InvariantCulture, $"{_bytes.Value / 1048576.0:F1} MB");

    private static long Measure(Func<object> load)
    {
        // The first load JIT-compiles the reader and fills static tables that are not part of the model.
        load();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var loaded = load();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(loaded);
        return after - before;
    }
}
