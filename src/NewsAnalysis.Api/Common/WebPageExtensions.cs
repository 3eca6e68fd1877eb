namespace NewsAnalysis.Api.Common;

/// <summary>The browser frontend in wwwroot.</summary>
public static class WebPageExtensions
{
    /// <summary>Serves wwwroot as plain files: index.html at / and the ES modules beside it (no build step).</summary>
    public static WebApplication UseWebPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
