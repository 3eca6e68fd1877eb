using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `ingest FOLDER`: sends the folder's .txt articles to a running API's batch endpoint and follows the jobs
/// with a progress line. A few jobs are open at a time, so a large folder neither floods the queue nor
/// waits for one batch to finish before the next is sent.
/// </summary>
internal static class IngestCommand
{
    private const int MaxOpenJobs = 4;
    private const int MaxBatchSize = 1_000;
    private const int ShownProblems = 20;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)
            || !CommandOptions.TryParse(args[1..], ["api", "batch-size", "url-prefix", "source"], out var options, out var error))
        {
            Console.Error.WriteLine("usage: ingest FOLDER [--api http://localhost:5080] [--batch-size 100] [--url-prefix https://…/] [--source NAME]");
            return 2;
        }

        var folder = args[0];
        var batchSize = options.GetInt("batch-size", 100);
        if (!Directory.Exists(folder) || batchSize is < 1 or > MaxBatchSize
            || !Uri.TryCreate(options.Get("api", "http://localhost:5080"), UriKind.Absolute, out var api))
        {
            Console.Error.WriteLine(error.Length > 0 ? error : $"need an existing FOLDER, --batch-size 1 to {MaxBatchSize:N0} and an absolute --api address");
            return 2;
        }

        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no .txt files in {folder}");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };
        try
        {
            return await IngestAsync(http, files, batchSize, options.Get("url-prefix", ArticleFile.DefaultUrlPrefix), options.Find("source"));
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"the API at {api} did not answer: {exception.Message}");
            return 1;
        }
    }

    private static async Task<int> IngestAsync(HttpClient http, string[] files, int batchSize, string urlPrefix, string? source)
    {
        var batches = files.Chunk(batchSize).ToArray();
        var open = new List<(JobSnapshot Job, string[] Files)>();
        var done = IngestTotals.None;
        var problems = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var next = 0;
        var shownLength = 0;
        while (next < batches.Length || open.Count > 0)
        {
            while (open.Count < MaxOpenJobs && next < batches.Length)
            {
                var batch = batches[next++];
                var articles = batch.Select(file => ArticleFile.Read(file, urlPrefix, source)).ToArray();
                var response = await http.PostAsJsonAsync("/api/articles/batch", new { articles });
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    Console.Error.WriteLine();
                    Console.Error.WriteLine($"the API refused a batch ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
                    return 1;
                }

                open.Add((await ReadJobAsync(response), batch));
            }

            await Task.Delay(PollInterval);
            for (var i = open.Count - 1; i >= 0; i--)
            {
                var (job, batch) = open[i];
                var latest = await ReadJobAsync(await http.GetAsync($"/api/jobs/{job.Id}"));
                if (!latest.IsFinished)
                {
                    open[i] = (latest, batch);
                    continue;
                }

                done = done.Add(latest);
                problems.AddRange(latest.Items.Where(item => item.Status is "invalid" or "failed" or "cancelled").Select(item => Describe(item, batch)));
                open.RemoveAt(i);
                if (Console.IsOutputRedirected)
                {
                    Console.WriteLine(ProgressLine(open.Aggregate(done, (sum, o) => sum.Add(o.Job)), files.Length, stopwatch.Elapsed));
                }
            }

            if (!Console.IsOutputRedirected)
            {
                // One line rewritten in place; the padding clears what a longer previous line left behind.
                var line = ProgressLine(open.Aggregate(done, (sum, o) => sum.Add(o.Job)), files.Length, stopwatch.Elapsed);
                Console.Write("\r" + line.PadRight(shownLength));
                shownLength = line.Length;
            }
        }

        Console.WriteLine();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Length:N0} files in {seconds:0.0} s ({files.Length / seconds:0.0} articles/s): {done}"));
        foreach (var problem in problems.Take(ShownProblems))
        {
            Console.WriteLine("  " + problem);
        }

        if (problems.Count > ShownProblems)
        {
            Console.WriteLine($"  … and {problems.Count - ShownProblems:N0} more");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<JobSnapshot> ReadJobAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JobSnapshot>()
            ?? throw new HttpRequestException("the API answered a job request with no job");
    }

    private static string ProgressLine(IngestTotals totals, int total, TimeSpan elapsed)
    {
        const int Width = 30;
        var filled = total == 0 ? Width : totals.Processed * Width / total;
        var rate = elapsed.TotalSeconds > 0 ? totals.Processed / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', Width - filled)}] {totals.Processed:N0}/{total:N0}  {totals}  {rate:0.0} articles/s");
    }

    private static string Describe(JobItemSnapshot item, string[] batch)
    {
        var reasons = item.Errors is null ? "" : string.Join("; ", item.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return $"{item.Status,-8} {batch[item.Index]}: {reasons}";
    }
}
