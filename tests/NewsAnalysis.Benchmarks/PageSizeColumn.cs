using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsAnalysis.Benchmarks;

/// <summary>The mean size of the pages an extraction benchmark reads, beside its time, since time per page grows with it.</summary>
internal sealed class PageSizeColumn(Func<string> describe) : IColumn
{
    private readonly Lazy<string> _value = new(describe);

    public string Id => nameof(PageSizeColumn);

    public string ColumnName => "Mean page";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean HTML size of the pages read, in UTF-16 characters (k = 1,000) and UTF-8 bytes";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => _value.Value;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => _value.Value;

    /// <summary>"189 k chars, 195 kB", or a note when there are no pages.</summary>
    public static string Describe(IReadOnlyCollection<string> pages) => pages.Count == 0
        ? "no pages"
        : string.Create(CultureInfo.InvariantCulture,
            $"{pages.Average(p => (double)p.Length) / 1000:F0} k chars, {pages.Average(p => (double)System.Text.Encoding.UTF8.GetByteCount(p)) / 1000:F0} kB");
}
