namespace NewsAnalysis.Web.Tests;

/// <summary>A theory that drives Debian's Chromium; skipped, like <see cref="ChromiumFactAttribute"/>, without it.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(FrontendFixture.ChromiumPath))
        {
            Skip = "Chromium is not installed: apt-get install chromium";
        }
    }
}
