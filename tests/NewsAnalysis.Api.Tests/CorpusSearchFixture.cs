using System.Net;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Tests;

/// <summary>The 840 PolNeAR training articles ingested through the API once, for the search tests.</summary>
public sealed class CorpusSearchFixture : IAsyncLifetime
{
    public NewsApiFactory Factory { get; } = new();

    public bool Loaded { get; private set; }

    public int Articles { get; private set; }

    /// <summary>Files the API did not store, with its answer, so a failing count says why.</summary>
    public List<string> Rejected { get; } = [];

    public async Task InitializeAsync()
    {
        var folder = EvalData.Folder(Path.Combine("polnear", "train", "text"));
        if (folder is null)
        {
            return;
        }

        var client = Factory.CreateClient();
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        using var gate = new SemaphoreSlim(4);
        var results = await Task.WhenAll(files.Select(async file =>
        {
            await gate.WaitAsync();
            try
            {
                var request = SampleArticle.Parse(await File.ReadAllTextAsync(file), Path.GetFileNameWithoutExtension(file));
                var response = await client.PostArticleAsync(request with { Url = $"https://corpus.example/{Path.GetFileNameWithoutExtension(file)}" });
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    var answer = await response.Content.ReadAsStringAsync();
                    lock (Rejected)
                    {
                        Rejected.Add($"{Path.GetFileName(file)}: {(int)response.StatusCode} {answer}");
                    }
                }

                return response.StatusCode;
            }
            finally
            {
                gate.Release();
            }
        }));
        Articles = results.Count(s => s == HttpStatusCode.Created);
        Loaded = true;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
