using System.IO.Compression;
using System.Net;
using System.Text.Json;
using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The article-extraction benchmark's pages posted through the API store the body the extractor reads, so the
/// evaluate-extraction figure is the API's figure.
/// </summary>
public sealed class ExtractionBenchmarkPageTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [EvalDataFact("article-extraction/html")]
    public async Task BenchmarkPages_PostedAsHtmlWithUrl_StoreTheExtractorsBody()
    {
        var folder = EvalData.Folder("article-extraction")!;
        using var truth = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "ground-truth.json")));
        var pages = truth.RootElement.EnumerateObject()
            .Select(e => (Key: e.Name, Url: e.Value.GetProperty("url").GetString()!))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToArray();
        var client = factory.CreateClient();
        var extractor = new ArticlePageExtractor();

        var response = await client.PostBatchAsync(pages.Select(p => (object)new { html = ReadPage(folder, p.Key), url = p.Url }).ToArray());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await client.WaitForJobAsync((await response.ReadJsonAsync()).GetProperty("id").GetInt32(), TimeSpan.FromMinutes(10));
        var items = job.GetProperty("items").EnumerateArray().ToArray();
        for (var i = 0; i < pages.Length; i++)
        {
            var expected = extractor.Extract(ReadPage(folder, pages[i].Key), new Uri(pages[i].Url));
            var status = items[i].GetProperty("status").GetString();
            if (expected is null)
            {
                Assert.True(status == "failed", $"{pages[i].Key}: {status}");
                continue;
            }

            Assert.True(status == "stored", $"{pages[i].Key}: {items[i]}");
            var article = await client.GetJsonAsync($"/api/articles/{items[i].GetProperty("articleId").GetInt32()}");
            Assert.Equal(expected.Body, article.GetProperty("body").GetString());
        }
    }

    private static string ReadPage(string folder, string key)
    {
        using var file = File.OpenRead(Path.Combine(folder, "html", key + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
