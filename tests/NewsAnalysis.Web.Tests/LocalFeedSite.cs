using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsAnalysis.Web.Tests;

/// <summary>A news site on loopback for the page tests: one article page per slug and an RSS feed of two of them.</summary>
public sealed class LocalFeedSite : IAsyncDisposable
{
    /// <summary>The site's host, allow-listed in <see cref="FrontendFactory"/>.</summary>
    public const string Host = "127.0.0.1";

    private readonly WebApplication _app;

    private LocalFeedSite(WebApplication app, int port)
    {
        _app = app;
        BaseUrl = $"http://{Host}:{port}";
    }

    public string BaseUrl { get; }

    public static async Task<LocalFeedSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LocalFeedSite? site = null;
        app.MapGet("/news/{slug}", (string slug) => Results.Content(Page(slug), "text/html; charset=utf-8"));
        app.MapGet("/feeds/{name}/rss.xml", (string name) => Results.Content(Rss(site!.BaseUrl, name), "application/rss+xml"));
        await app.StartAsync();
        site = new LocalFeedSite(app, new Uri(app.Urls.First()).Port);
        return site;
    }

    public static string Headline(string slug) => $"Ferry service {slug} resumes after storm";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static string Page(string slug) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Headline(slug)}</title></head>
        <body><nav><a href="/">Home</a></nav>
        <article><h1>{Headline(slug)}</h1>
        {string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Part {i}: the island ferry {slug} sailed again on Wednesday after three days in port, "
            + "and harbour master Ines Varga said the crossings would keep to the winter timetable until the end of the month.</p>"))}
        </article></body></html>
        """;

    private static string Rss(string baseUrl, string name) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Island News {name}</title><link>{baseUrl}/</link><description>Ferries</description>
        <item><title>{Headline($"{name}-1")}</title><link>{baseUrl}/news/{name}-1</link><guid>{name}-1</guid></item>
        <item><title>{Headline($"{name}-2")}</title><link>{baseUrl}/news/{name}-2</link><guid>{name}-2</guid></item>
        </channel></rss>
        """;
}
