using System.Diagnostics;
using System.Runtime.InteropServices;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// What each pipeline step costs (bench-pipeline --stages): wall time, the analysing thread's CPU time and the bytes the
/// thread allocates, summed over every article. The thread's own CPU time leaves out the garbage collector's background
/// work and the wait for a core on a shared machine; the allocated bytes show where that collector's work comes from.
/// </summary>
internal sealed class StageTimes(ExtractionPipeline pipeline)
{
    private readonly long[] _wallTicks = new long[pipeline.Steps.Count];
    private readonly long[] _cpuNanoseconds = new long[pipeline.Steps.Count];
    private readonly long[] _allocatedBytes = new long[pipeline.Steps.Count];

    /// <summary>Whether the thread's CPU time can be read here (Linux); otherwise only wall time and bytes are shown.</summary>
    public static bool HasThreadCpuTime { get; } = CanReadThreadCpuTime();

    /// <summary>Runs the pipeline's steps as <see cref="ExtractionPipeline.Analyze(string)"/> does, timing each.</summary>
    public AnalysisDocument Analyze(string body)
    {
        var document = new AnalysisDocument(body);
        for (var s = 0; s < pipeline.Steps.Count; s++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuNanoseconds();
            var wall = Stopwatch.GetTimestamp();
            pipeline.Steps[s].Run(document);
            Interlocked.Add(ref _wallTicks[s], Stopwatch.GetTimestamp() - wall);
            Interlocked.Add(ref _cpuNanoseconds[s], ThreadCpuNanoseconds() - cpu);
            Interlocked.Add(ref _allocatedBytes[s], GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        return document;
    }

    public void Print(int articles)
    {
        Console.WriteLine($"{"step",-28} {"wall ms/article",16} {"CPU ms/article",15} {"share of CPU",12} {"KB allocated/article",21}");
        var totalCpu = Math.Max(1, _cpuNanoseconds.Sum());
        for (var s = 0; s < pipeline.Steps.Count; s++)
        {
            var wall = _wallTicks[s] * 1000.0 / Stopwatch.Frequency / articles;
            var cpu = HasThreadCpuTime ? $"{_cpuNanoseconds[s] / 1e6 / articles,15:N2} {_cpuNanoseconds[s] * 100.0 / totalCpu,11:N1}%" : $"{"-",15} {"-",12}";
            Console.WriteLine($"{pipeline.Steps[s].GetType().Name,-28} {wall,16:N2} {cpu} {_allocatedBytes[s] / 1024.0 / articles,21:N0}");
        }
    }

    private static bool CanReadThreadCpuTime()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return ClockGetTime(ThreadCpuTimeClock, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static long ThreadCpuNanoseconds()
    {
        if (!HasThreadCpuTime)
        {
            return 0;
        }

        return ClockGetTime(ThreadCpuTimeClock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
    }

    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
