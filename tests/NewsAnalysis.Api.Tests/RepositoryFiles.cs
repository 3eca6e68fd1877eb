namespace NewsAnalysis.Api.Tests;

/// <summary>Finds files of the repository (seeds/) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>A file at the top of the repository, beside NewsAnalysis.sln.</summary>
    public static string Root(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsAnalysis.sln")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new FileNotFoundException($"NewsAnalysis.sln was not found above {AppContext.BaseDirectory}");
    }

    public static string Seed(string name)
    {
        var seed = Root(Path.Combine("seeds", name));
        return File.Exists(seed) ? seed : throw new FileNotFoundException($"seeds/{name} was not found beside NewsAnalysis.sln");
    }
}
