using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `bench-queries [--api URL] [--connections C] [--seconds S] [--api-pid PID] [--database FILE]`: runs a fixed mix
/// of read queries against a running API that already holds articles, one query at a time from C connections for
/// S seconds each, and prints one table: requests per second, p50 and p99 latency and, given the API's process id,
/// its CPU time per request; then the API's resident memory and the SQLite database's size on disk. The mix is
/// issue 16's: an article, an entity, the first page of the most-named person's quotes and claims, people by
/// mentions, claims with a quantity by check-worthiness, articles with a common word, and disagreements.
/// </summary>
internal static class BenchQueriesCommand
{
    public static Command Create()
    {
        var api = new Option<string>("--api") { Description = "The running API's address", HelpName = "URL", DefaultValueFactory = _ => "http://localhost:5080" };
        var connections = new Option<int>("--connections") { Description = "Clients asking at once", HelpName = "N", DefaultValueFactory = _ => 16 }.AcceptRange(1, 256);
        var seconds = new Option<int>("--seconds") { Description = "How long each query runs, after a warm-up of a tenth of it", HelpName = "S", DefaultValueFactory = _ => 10 }.AcceptRange(1, 3600);
        var pid = new Option<int?>("--api-pid") { Description = "The API's process id, to read its CPU time and memory from /proc", HelpName = "PID" };
        var database = new Option<string?>("--database") { Description = "The API's SQLite file, to report its size with its write-ahead log", HelpName = "FILE" };
        var word = new Option<string>("--word") { Description = "The common word of the article search", DefaultValueFactory = _ => "said" };
        var topic = new Option<string>("--topic") { Description = "The words of the disagreements query", DefaultValueFactory = _ => "Clinton emails" };
        var command = new Command("bench-queries", "Runs a fixed mix of read queries against a running API from many connections; prints p50, p99 and the API's CPU per request for each")
        {
            api, connections, seconds, pid, database, word, topic,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new Uri(parseResult.GetRequiredValue(api), UriKind.Absolute),
            parseResult.GetValue(connections),
            TimeSpan.FromSeconds(parseResult.GetValue(seconds)),
            parseResult.GetValue(pid),
            parseResult.GetValue(database),
            parseResult.GetRequiredValue(word),
            parseResult.GetRequiredValue(topic),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        Uri api, int connections, TimeSpan duration, int? pid, string? database, string word, string topic, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        var articleId = await FirstIdAsync(http, "api/articles?pageSize=1", cancellationToken);
        var personId = await FirstIdAsync(http, "api/entities?type=Person&sort=mentions&pageSize=1", cancellationToken);
        if (articleId is null || personId is null)
        {
            Console.Error.WriteLine("the API holds no article or no person yet: ingest some first (bench-ingest or ingest)");
            return 2;
        }

        var mix = new (string Name, string Path)[]
        {
            ("article by id", $"api/articles/{articleId}"),
            ("entity by id", $"api/entities/{personId}"),
            ("entity's quotes, page 1", $"api/entities/{personId}/quotes"),
            ("entity's claims, page 1", $"api/entities/{personId}/claims"),
            ("people by mentions", "api/entities?type=Person&sort=mentions"),
            ("claims with a quantity by check-worthiness", "api/claims?hasQuantity=true&sort=checkworthiness"),
            ($"articles with \"{word}\"", $"api/articles?q={Uri.EscapeDataString(word)}"),
            ($"disagreements on \"{topic}\"", $"api/claims/disagreements?q={Uri.EscapeDataString(topic)}"),
        };

        Console.WriteLine($"{connections} connections, {duration.TotalSeconds:N0} s a query; the person is entity {personId}, the article {articleId}");
        Console.WriteLine($"| query | requests/s | p50 ms | p99 ms | API CPU ms a request | failed |");
        Console.WriteLine($"|---|---|---|---|---|---|");
        var failedAny = false;
        foreach (var (name, path) in mix)
        {
            await LoadAsync(http, path, connections, duration / 10, cancellationToken);
            var cpuBefore = pid is { } p ? ProcessStats.Cpu(p) : TimeSpan.Zero;
            var (latencies, failures, elapsed) = await LoadAsync(http, path, connections, duration, cancellationToken);
            var cpu = pid is { } p2 ? $"{(ProcessStats.Cpu(p2) - cpuBefore).TotalMilliseconds / Math.Max(1, latencies.Length):N1}" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {latencies.Length / elapsed.TotalSeconds:N0} | {ProcessStats.Percentile(latencies, 0.50):N1} | {ProcessStats.Percentile(latencies, 0.99):N1} | {cpu} | {failures} |"));
            failedAny |= failures > 0;
        }

        if (pid is { } apiPid)
        {
            Console.WriteLine($"API RSS {ProcessStats.ResidentMegabytes(apiPid):N0} MB");
        }

        if (database is not null)
        {
            var bytes = new[] { "", "-wal" }.Select(suffix => new FileInfo(database + suffix)).Where(f => f.Exists).Sum(f => f.Length);
            Console.WriteLine($"database {bytes / 1024.0 / 1024.0:N0} MB on disk");
        }

        return failedAny ? 1 : 0;
    }

    private static async Task<int?> FirstIdAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(path, cancellationToken));
        var items = document.RootElement.GetProperty("items");
        return items.GetArrayLength() == 0 ? null : items[0].GetProperty("id").GetInt32();
    }

    /// <summary>Asks for one path from every connection until the time is up; the sorted latencies in ms.</summary>
    private static async Task<(double[] Latencies, int Failures, TimeSpan Elapsed)> LoadAsync(
        HttpClient http, string path, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var failures = 0;
        var perClient = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var latencies = new List<double>();
            while (watch.Elapsed < duration)
            {
                var started = watch.Elapsed;
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
                latencies.Add((watch.Elapsed - started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }

            return latencies;
        }));
        var elapsed = watch.Elapsed;
        var all = perClient.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return (all, failures, elapsed);
    }
}
