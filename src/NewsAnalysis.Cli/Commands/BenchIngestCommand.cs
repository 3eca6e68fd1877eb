using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `bench-ingest FOLDER --count N --concurrency C [--api URL] [--api-pid PID]`: posts N articles one by one to a
/// running API's POST /api/articles from C clients at once, the folder's .txt files in turn, each with a url and
/// title of its own so that every post is stored. Prints articles per second, p50 and p99 latency and, given the
/// API's process id on this machine, the API's CPU time per article and its resident memory.
/// </summary>
internal static class BenchIngestCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "A folder of .txt articles: the headline on the first line, the story after it" }
            .AcceptExistingFolderOnly();
        var api = new Option<string>("--api") { Description = "The running API's address", HelpName = "URL", DefaultValueFactory = _ => "http://localhost:5080" };
        var count = new Option<int>("--count") { Description = "Articles to post", HelpName = "N", DefaultValueFactory = _ => 200 }.AcceptRange(1, 1_000_000);
        var concurrency = new Option<int>("--concurrency") { Description = "Clients posting at once", HelpName = "N", DefaultValueFactory = _ => 4 }.AcceptRange(1, 256);
        var pid = new Option<int?>("--api-pid") { Description = "The API's process id, to read its CPU time and memory from /proc", HelpName = "PID" };
        var command = new Command("bench-ingest", "Posts articles to a running API from several clients at once; prints articles/s, p50, p99 and the API's CPU per article")
        {
            folder, api, count, concurrency, pid,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(folder),
            new Uri(parseResult.GetRequiredValue(api), UriKind.Absolute),
            parseResult.GetValue(count),
            parseResult.GetValue(concurrency),
            parseResult.GetValue(pid),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string folder, Uri api, int count, int concurrency, int? pid, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => ArticleFile.Read(f, "", null)).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no .txt files in {folder}");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };

        // Every run gets its own urls, so that a second run against the same database stores its articles too.
        var run = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var latencies = new double[count];
        var failures = 0;
        var next = -1;
        var cpuBefore = pid is { } p ? ProcessCpu(p) : TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var file = files[i % files.Length];
                var request = new { Title = $"{file.Title} ({run}-{i})", file.Body, Url = $"https://bench.newsanalysis.local/{run}/{i}", Source = "bench" };
                var started = watch.Elapsed;
                using var response = await http.PostAsJsonAsync("api/articles", request, cancellationToken);
                latencies[i] = (watch.Elapsed - started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(clients);
        watch.Stop();

        Array.Sort(latencies);
        Console.WriteLine($"{count} articles from {files.Length} files, {concurrency} clients: {count / watch.Elapsed.TotalSeconds:N1} articles/s, " +
            $"p50 {Percentile(latencies, 0.50):N0} ms, p99 {Percentile(latencies, 0.99):N0} ms, {failures} failed");
        if (pid is { } apiPid)
        {
            var cpu = ProcessCpu(apiPid) - cpuBefore;
            Console.WriteLine($"API: {cpu.TotalMilliseconds / count:N1} ms CPU per article, {cpu.TotalSeconds / watch.Elapsed.TotalSeconds:N2} cores busy, RSS {ResidentMegabytes(apiPid):N0} MB");
        }

        return failures == 0 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];

    // /proc/PID/stat fields 14 and 15 (user and system time) in clock ticks of 1/100 s on Linux.
    private static TimeSpan ProcessCpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static long ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
