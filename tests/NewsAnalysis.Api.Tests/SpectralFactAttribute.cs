namespace NewsAnalysis.Api.Tests;

/// <summary>
/// A fact that runs Stoplight's Spectral linter (npm @stoplight/spectral-cli 6.16.3, which .ci/run installs). Without
/// a <c>spectral</c> on the PATH the test is reported as skipped with the reason, never as passed.
/// </summary>
public sealed class SpectralFactAttribute : FactAttribute
{
    public SpectralFactAttribute()
    {
        if (Executable() is null)
        {
            Skip = "install the linter to run it: npm install -g @stoplight/spectral-cli@6.16.3";
        }
    }

    /// <summary>The spectral on the PATH, or null.</summary>
    public static string? Executable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "spectral"))
            .FirstOrDefault(File.Exists);
}
