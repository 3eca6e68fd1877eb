using System.Diagnostics;

namespace NewsAnalysis.Cli.Commands;

/// <summary>Single-thread tokens per second of one pass over a data set, repeated for a few seconds after a warm-up pass.</summary>
internal static class TokenThroughput
{
    public static void Print(string name, int tokensPerPass, int seconds, Action pass)
    {
        pass(); // warm-up: JIT and tiered compilation
        var passes = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            pass();
            passes++;
        }

        var rate = (double)tokensPerPass * passes / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {rate:N0} tokens/s on one thread ({passes} passes of {tokensPerPass} tokens)");
    }
}
