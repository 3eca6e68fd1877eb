using NewsAnalysis.Api.Articles;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Web.Tests;

/// <summary>The sample article from seeds/, read the way the API seeds it.</summary>
internal static class SampleArticles
{
    public static CreateArticleRequest PutinTillerson() => SampleArticle.Read(SeedPath("putin-tillerson.txt"));

    /// <summary>The sample with a url of its own, so it can be stored once per test.</summary>
    public static CreateArticleRequest PutinTillersonCopy(string titleSuffix = "") => PutinTillerson() with
    {
        Title = (PutinTillerson().Title + " " + titleSuffix).Trim(),
        Url = $"https://tests.example/{Guid.NewGuid():N}",
    };

    public static string Marker() => "zq" + Guid.NewGuid().ToString("N")[..8];

    private static string SeedPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", name);
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "NewsAnalysis.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"seeds/{name} was not found above {AppContext.BaseDirectory}");
    }
}
