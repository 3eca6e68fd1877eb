namespace NewsAnalysis.Benchmarks;

/// <summary>Finds ../shared/eval from the benchmark's folder; the data never ships with the repository.</summary>
internal static class EvalFiles
{
    public static string Folder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", relative);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/eval/{relative} was not found above {AppContext.BaseDirectory}");
    }
}
