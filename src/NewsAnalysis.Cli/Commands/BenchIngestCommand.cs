using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `bench-ingest FOLDER --count N --concurrency C [--batch B] [--api URL] [--api-pid PID]`: posts N articles one by one
/// to a running API's POST /api/articles from C clients at once, the folder's .txt files in turn, each with a url and
/// title of its own so that every post is stored. Prints articles per second, p50 and p99 latency and, given the
/// API's process id on this machine, the API's CPU time per article and its resident memory. With --batch, the
/// articles go as jobs of B to POST /api/articles/batch instead, and the rate is from the first job posted to the
/// last job completed (the latencies are those of the jobs).
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
        var batch = new Option<int>("--batch") { Description = "Post jobs of this many articles to the batch endpoint (0: one article a request)", HelpName = "B" }.AcceptRange(0, 1000);
        var pid = new Option<int?>("--api-pid") { Description = "The API's process id, to read its CPU time and memory from /proc", HelpName = "PID" };
        var command = new Command("bench-ingest", "Posts articles to a running API from several clients at once; prints articles/s, p50, p99 and the API's CPU per article")
        {
            folder, api, count, concurrency, batch, pid,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(folder),
            new Uri(parseResult.GetRequiredValue(api), UriKind.Absolute),
            parseResult.GetValue(count),
            parseResult.GetValue(concurrency),
            parseResult.GetValue(batch),
            parseResult.GetValue(pid),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string folder, Uri api, int count, int concurrency, int batch, int? pid, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => ArticleFile.Read(f, "", null)).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no .txt files in {folder}");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };

        // Every run gets its own urls, so that a second run against the same database stores its articles too, also when
        // two runs start in the same second (one against each replica).
        var run = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var latencies = new double[count];
        var failures = 0;
        var next = -1;
        var cpuBefore = pid is { } p ? ProcessStats.Cpu(p) : TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        object Article(int i)
        {
            var file = files[i % files.Length];
            return new { Title = $"{file.Title} ({run}-{i})", file.Body, Url = $"https://bench.newsanalysis.local/{run}/{i}", Source = "bench" };
        }

        if (batch > 0)
        {
            var jobs = (count + batch - 1) / batch;
            latencies = new double[jobs];
            var clients = Enumerable.Range(0, concurrency).Select(async _ =>
            {
                for (var j = Interlocked.Increment(ref next); j < jobs; j = Interlocked.Increment(ref next))
                {
                    var articles = Enumerable.Range(j * batch, Math.Min(batch, count - (j * batch))).Select(Article).ToArray();
                    var started = watch.Elapsed;
                    var failed = await RunJobAsync(http, articles, cancellationToken);
                    latencies[j] = (watch.Elapsed - started).TotalMilliseconds;
                    Interlocked.Add(ref failures, failed);
                }
            });
            await Task.WhenAll(clients);
        }
        else
        {
            var clients = Enumerable.Range(0, concurrency).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    var started = watch.Elapsed;
                    using var response = await http.PostAsJsonAsync("api/articles", Article(i), cancellationToken);
                    latencies[i] = (watch.Elapsed - started).TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            });
            await Task.WhenAll(clients);
        }

        watch.Stop();
        Array.Sort(latencies);
        var what = batch > 0 ? $"{concurrency} clients posting jobs of {batch}" : $"{concurrency} clients";
        Console.WriteLine($"{count} articles from {files.Length} files, {what}: {count / watch.Elapsed.TotalSeconds:N1} articles/s, " +
            $"p50 {ProcessStats.Percentile(latencies, 0.50):N0} ms, p99 {ProcessStats.Percentile(latencies, 0.99):N0} ms, {failures} failed");
        if (pid is { } apiPid)
        {
            var cpu = ProcessStats.Cpu(apiPid) - cpuBefore;
            Console.WriteLine($"API: {cpu.TotalMilliseconds / count:N1} ms CPU per article, {cpu.TotalSeconds / watch.Elapsed.TotalSeconds:N2} cores busy, RSS {ProcessStats.ResidentMegabytes(apiPid):N0} MB");
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Posts one job and waits for it to end; how many of its articles were not stored.</summary>
    private static async Task<int> RunJobAsync(HttpClient http, object[] articles, CancellationToken cancellationToken)
    {
        using var posted = await http.PostAsJsonAsync("api/articles/batch", new { Articles = articles }, cancellationToken);
        if (!posted.IsSuccessStatusCode || posted.Headers.Location is not { } job)
        {
            return articles.Length;
        }

        while (true)
        {
            await Task.Delay(100, cancellationToken);
            using var status = JsonDocument.Parse(await http.GetStringAsync(job, cancellationToken));
            var root = status.RootElement;
            if (root.GetProperty("status").GetString() is "completed" or "cancelled")
            {
                return articles.Length - root.GetProperty("stored").GetInt32();
            }
        }
    }
}
