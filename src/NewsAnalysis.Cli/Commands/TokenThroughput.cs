using System.Diagnostics;

namespace NewsAnalysis.Cli.Commands;

/// <summary>Single-thread tokens per second of one pass over a data set, repeated for a few seconds after a warm-up pass.</summary>
internal static class TokenThroughput
{
    public static void Print(string name, int tokensPerPass, int seconds, Action pass)
    {
        pass(); // warm-up: JIT and tiered compilation
        var passes = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            pass();
            passes++;
        }

        var rate = (double)tokensPerPass * passes / watch.Elapsed.TotalSeconds;
        process.Refresh();
        // On a shared, loaded machine the thread waits for a core; tokens per second of CPU time leaves that out.
        var cpuRate = (double)tokensPerPass * passes / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{name}: {rate:N0} tokens/s on one thread, {cpuRate:N0} tokens per CPU second ({passes} passes of {tokensPerPass} tokens)");
    }
}
