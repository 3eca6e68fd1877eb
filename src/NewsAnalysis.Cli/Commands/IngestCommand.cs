using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using NewsAnalysis.Api.Ingestion;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `ingest FOLDER`: sends the folder's .txt articles and .html/.htm pages to a running API's batch endpoint and follows the jobs
/// with a progress line. A few jobs are open at a time, so a large folder neither floods the queue nor
/// waits for one batch to finish before the next is sent. `ingest --urls FILE` sends the file's addresses
/// instead, one a line, each as a url alone for the API's workers to fetch.
/// </summary>
internal static class IngestCommand
{
    private const int MaxOpenJobs = 4;
    private const int MaxBatchSize = 1_000;
    private const int ShownProblems = 20;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static Command Create()
    {
        var folder = new Argument<string?>("FOLDER")
        {
            Description = "The folder of articles: .txt files with the headline on the first line and the story after it, and .html/.htm pages the API reads the article from",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var urls = new Option<FileInfo?>("--urls")
        {
            Description = "Instead of a folder: a file of article addresses, one a line (blank lines and lines starting with # are skipped); the API fetches each page",
            HelpName = "FILE",
        };
        var api = new Option<string>("--api") { Description = "The running API's address", HelpName = "URL", DefaultValueFactory = _ => "http://localhost:5080" };
        api.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string>(), UriKind.Absolute, out _))
            {
                result.AddError($"--api needs an absolute address, such as http://localhost:5080, not '{result.GetValueOrDefault<string>()}'.");
            }
        });
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per job", HelpName = "N", DefaultValueFactory = _ => 100 }
            .AcceptRange(1, MaxBatchSize);
        var urlPrefix = new Option<string>("--url-prefix")
        {
            Description = "Each article's url is this followed by its file name",
            HelpName = "URL",
            DefaultValueFactory = _ => ArticleFile.DefaultUrlPrefix,
        };
        var source = new Option<string>("--source") { Description = "The source (publication) stored with every article", HelpName = "NAME" };
        var apiKey = ApiKeyOption.Create("write");
        var command = new Command("ingest", "Sends a folder's .txt articles and .html pages, or a file of article addresses, to a running API's batch endpoint and follows the jobs with a progress line")
        {
            folder, urls, api, batchSize, urlPrefix, source, apiKey,
        };
        command.Validators.Add(result =>
        {
            var folderValue = result.GetValue(folder);
            var urlsValue = result.GetValue(urls);
            if ((folderValue is null) == (urlsValue is null))
            {
                result.AddError("Give either a FOLDER of articles or --urls FILE, not both and not neither.");
            }
            else if (folderValue is not null && !Directory.Exists(folderValue))
            {
                result.AddError($"The folder '{folderValue}' does not exist.");
            }
            else if (urlsValue is not null && !urlsValue.Exists)
            {
                result.AddError($"The file '{urlsValue.FullName}' does not exist.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(folder),
            parseResult.GetValue(urls),
            new Uri(parseResult.GetRequiredValue(api), UriKind.Absolute),
            parseResult.GetValue(batchSize),
            parseResult.GetRequiredValue(urlPrefix),
            parseResult.GetValue(source),
            parseResult.GetValue(apiKey),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string? folder, FileInfo? urls, Uri api, int batchSize, string urlPrefix, string? source, string? apiKey, CancellationToken cancellationToken)
    {
        // Each entry is what a problem line names: a file's path, or an address.
        string[] entries;
        Func<string, object> article;
        if (urls is not null)
        {
            entries = File.ReadLines(urls.FullName).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();
            article = url => new { url, source };
        }
        else
        {
            entries = Directory.EnumerateFiles(folder!).Where(ArticleFile.IsArticle).Order(StringComparer.Ordinal).ToArray();
            article = file => ArticleFile.Read(file, urlPrefix, source);
        }

        if (entries.Length == 0)
        {
            Console.Error.WriteLine(urls is not null ? $"no addresses in {urls.FullName}" : $"no .txt, .html or .htm files in {folder}");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };
        ApiKeyOption.Apply(http, apiKey);
        try
        {
            return await IngestAsync(http, entries, article, batchSize, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"the API at {api} did not answer: {exception.Message}");
            return 1;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"the API at {api} did not answer within {http.Timeout.TotalMinutes:0} minutes");
            return 1;
        }
    }

    private static async Task<int> IngestAsync(
        HttpClient http, string[] files, Func<string, object> article, int batchSize, CancellationToken cancellationToken)
    {
        var batches = files.Chunk(batchSize).ToArray();
        var open = new List<(IngestionJobResponse Job, string[] Files)>();
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
                var articles = batch.Select(article).ToArray();
                var response = await http.PostAsJsonAsync("/api/articles/batch", new { articles }, cancellationToken);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    Console.Error.WriteLine();
                    Console.Error.WriteLine($"the API refused a batch ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    return 1;
                }

                open.Add((await ReadJobAsync(response, cancellationToken), batch));
            }

            await Task.Delay(PollInterval, cancellationToken);
            for (var i = open.Count - 1; i >= 0; i--)
            {
                var (job, batch) = open[i];
                var latest = await ReadJobAsync(await http.GetAsync($"/api/jobs/{job.Id}", cancellationToken), cancellationToken);
                if (!IsFinished(latest))
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
            $"{files.Length:N0} articles in {seconds:0.0} s ({files.Length / seconds:0.0} articles/s): {done}"));
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

    /// <summary>Every item is final: the job completed, or it was cancelled (POST /api/jobs/{id}/cancel) and its last running item ended.</summary>
    private static bool IsFinished(IngestionJobResponse job) => job.Status is "completed" or "cancelled";

    private static async Task<IngestionJobResponse> ReadJobAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<IngestionJobResponse>(cancellationToken)
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

    private static string Describe(IngestionItemResponse item, string[] batch)
    {
        var reasons = item.Errors is null ? "" : string.Join("; ", item.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return $"{item.Status,-8} {batch[item.Index]}: {reasons}";
    }
}
