namespace NewsAnalysis.Web.Tests;

/// <summary>
/// A fact that drives Debian's Chromium. xunit 2 cannot skip at run time, so the check happens when
/// the attribute is read: on a machine without the browser the test is reported as skipped, not failed.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(FrontendFixture.ChromiumPath))
        {
            Skip = "Chromium is not installed: apt-get install chromium";
        }
    }
}
