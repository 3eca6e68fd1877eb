using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Core.Tests.Evaluation;

/// <summary>Reads spans written as "start-end;start-end" so test tables stay one line per case.</summary>
internal static class Spans
{
    public static TextSpanSet Set(string ranges) => new(List(ranges));

    public static List<TextSpan> List(string ranges) => ranges.Length == 0
        ? []
        : [.. ranges.Split(';').Select(r => r.Split('-')).Select(p => new TextSpan(int.Parse(p[0]), int.Parse(p[1])))];

    public static TextSpan One(string range) => List(range).Single();

    public static string Format(IEnumerable<TextSpan> spans) => string.Join(";", spans.Select(s => $"{s.Start}-{s.End}"));
}
