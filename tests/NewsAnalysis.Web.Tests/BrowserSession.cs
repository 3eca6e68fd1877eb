using Microsoft.Playwright;

namespace NewsAnalysis.Web.Tests;

/// <summary>A page in its own browser context that records script errors and takes screenshots.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _scriptErrors = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.PageError += (_, error) => _scriptErrors.Add(error);
        Page.Console += (_, message) =>
        {
            // A failed fetch is logged by the browser as a console error; the page shows those itself.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _scriptErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Where screenshots go: $SCREENSHOT_DIR, else TestResults/screenshots in the test output folder.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task GoToAsync(string route)
    {
        await Page.GotoAsync(route.StartsWith('#') ? "/" + route : route);
    }

    /// <summary>Saves the window (or with fullPage the whole page) as name.png.</summary>
    public async Task<string> ScreenshotAsync(string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public void AssertNoScriptErrors() => Assert.Empty(_scriptErrors);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
