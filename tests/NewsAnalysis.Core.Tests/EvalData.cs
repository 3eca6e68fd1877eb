namespace NewsAnalysis.Core.Tests;

/// <summary>Finds a file or folder of ../shared/eval above the test's output folder; null where the data is absent.</summary>
internal static class EvalData
{
    public static string? Find(params string[] relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, "shared", "eval", .. relative]);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
