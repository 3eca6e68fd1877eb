namespace NewsAnalysis.Api.Tests;

/// <summary>Finds ../shared/eval beside the repository; the evaluation data never ships with it.</summary>
internal static class EvalData
{
    public static string? Folder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
