using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Training.Pages;

/// <summary>Reads the article-extraction set: <c>ground-truth.json</c> (key to url and articleBody) and <c>html/KEY.html.gz</c>.</summary>
public static class ArticleExtractionSet
{
    /// <summary>The pages in key order; a key without its HTML file is an error, since the score would silently change.</summary>
    public static IReadOnlyList<ExtractionPage> Read(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<ExtractionPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var url = entry.Value.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed) ? parsed : null;
            var body = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            pages.Add(new ExtractionPage(entry.Name, url, ReadHtml(Path.Combine(folder, "html", entry.Name + ".html.gz")), body));
        }

        return pages;
    }

    /// <summary>Decompresses one page; the benchmark's pages are UTF-8.</summary>
    public static string ReadHtml(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
