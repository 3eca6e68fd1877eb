using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// A news site on a loopback port for the fetching and feed tests (the build machines have no internet): article pages,
/// a redirect chain, a redirect to loopback, a slow page, a huge page, a 404, a PDF, a page that fails once, a page
/// with no article, a page in windows-1252, and RSS and Atom feeds whose items link to its pages. The API reaches it
/// as <see cref="Host"/>, a name the tests' resolver maps to 127.0.0.1 and the factory allow-lists.
/// </summary>
public sealed class LocalNewsSite : IAsyncDisposable
{
    /// <summary>The allow-listed name of the site.</summary>
    public const string Host = "news.test";

    /// <summary>A name that the tests' resolver maps to a private address, not allow-listed.</summary>
    public const string IntranetHost = "intranet.test";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _flakyCalls = new();

    private LocalNewsSite(WebApplication app) => _app = app;

    public int Port { get; private set; }

    /// <summary>The site's address as the API fetches it.</summary>
    public string BaseUrl => $"http://{Host}:{Port}";

    /// <summary>Requests the site answered, by path, so that tests can tell whether a refused address was ever reached.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<LocalNewsSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new LocalNewsSite(app);
        site.Map(app);
        await app.StartAsync();
        site.Port = new Uri(app.Urls.First()).Port;
        return site;
    }

    /// <summary>The headline of the article page at <c>/news/{slug}</c>.</summary>
    public static string Headline(string slug) => $"Harbour board approves {slug} expansion";

    /// <summary>A sentence only the article page at <c>/news/{slug}</c> holds.</summary>
    public static string Marker(string slug) => $"The {slug} plan was approved by seven votes to two.";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            await next(context);
        });

        app.MapGet("/news/{slug}", (string slug) => Results.Content(ArticlePage(slug), "text/html; charset=utf-8"));
        app.MapGet("/redirect/{hops:int}/{slug}", (int hops, string slug) =>
            Results.Redirect(hops <= 1 ? $"/news/{slug}" : $"/redirect/{hops - 1}/{slug}"));
        app.MapGet("/to-loopback/{slug}", (string slug) => Results.Redirect($"http://127.0.0.1:{Port}/news/{slug}"));
        app.MapGet("/to-intranet/{slug}", (string slug) => Results.Redirect($"http://{IntranetHost}:{Port}/news/{slug}"));
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);
            return Results.Content(ArticlePage("slow"), "text/html");
        });
        app.MapGet("/huge", async (HttpContext context) =>
        {
            // Streamed without a Content-Length: the fetcher must stop reading by itself.
            context.Response.ContentType = "text/html";
            var paragraph = Encoding.UTF8.GetBytes($"<p>{new string('x', 1000)}</p>\n");
            await context.Response.WriteAsync("<html><body><article>", context.RequestAborted);
            for (var i = 0; i < 20_000 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(paragraph, context.RequestAborted);
            }
        });
        app.MapGet("/missing", () => Results.Content("<html><body><h1>Not found</h1></body></html>", "text/html", statusCode: 404));
        app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.4 not really"u8.ToArray(), "application/pdf"));
        app.MapGet("/section", () => Results.Content(
            "<html><head><title>Sections</title></head><body><nav><a href=\"/a\">Home</a> <a href=\"/b\">World</a></nav></body></html>", "text/html"));
        app.MapGet("/flaky/{slug}", (string slug) => _flakyCalls.AddOrUpdate(slug, 1, (_, n) => n + 1) == 1
            ? Results.Content("busy", "text/plain", statusCode: 503)
            : Results.Content(ArticlePage(slug), "text/html"));
        app.MapGet("/latin1/{slug}", (string slug) =>
        {
            var html = ArticlePage(slug, "<meta charset=\"windows-1252\">", $"<p>Officials met at the café in Zürich to sign the {slug} accord.</p>");
            return Results.Bytes(Encoding.GetEncoding(1252).GetBytes(html), "text/html");
        });
        app.MapGet("/feeds/{name}/rss.xml", (string name, int? items) => Results.Content(Rss(name, items ?? 3), "application/rss+xml; charset=utf-8"));
        app.MapGet("/feeds/{name}/atom.xml", (string name) => Results.Content(Atom(name), "application/atom+xml"));
        app.MapGet("/feeds/{name}/laughs.xml", (string name) => Results.Content(BillionLaughs(name), "application/rss+xml"));
        app.MapGet("/feeds/{name}/xxe.xml", (string name) => Results.Content(ExternalEntity(name), "application/rss+xml"));
        app.MapGet("/feeds/{name}/not-a-feed", (string name) => Results.Content("<html><body>no feed here</body></html>", "text/xml"));
    }

    private static string ArticlePage(string slug, string head = "", string extra = "")
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the {slug} story: the harbour board met on Tuesday to weigh the expansion of the container terminal, "
            + "which supporters say will bring hundreds of jobs and critics say will add traffic to the old town's narrow streets.</p>\n"));
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head>{head}<meta charset="utf-8"><title>{Headline(slug)} | Harbour Gazette</title>
            <meta property="og:site_name" content="Harbour Gazette"></head>
            <body>
            <nav><a href="/">Home</a> <a href="/port">Port</a> <a href="/city">City</a></nav>
            <article>
            <h1>{Headline(slug)}</h1>
            <p class="byline">By Mira Tallis</p>
            <p>{Marker(slug)} "This is a good day for the port," board chair Anders Holm said after the vote.</p>
            {paragraphs}{extra}
            </article>
            <footer>© Harbour Gazette</footer>
            </body></html>
            """;
    }

    private string Rss(string name, int items)
    {
        var entries = string.Concat(Enumerable.Range(1, items).Select(i => $"""
            <item><title>{Headline($"{name}-{i}")}</title><link>{BaseUrl}/news/{name}-{i}</link>
            <guid isPermaLink="false">{name}-guid-{i}</guid><pubDate>Mon, 0{i} Dec 2026 08:00:00 GMT</pubDate></item>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour Gazette: {name}</title><link>{BaseUrl}/</link><description>Port news</description>
            {entries}
            </channel></rss>
            """;
    }

    /// <summary>An RSS feed whose title is an entity that expands a billion times.</summary>
    private static string BillionLaughs(string name)
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n"));
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY lol0 \"lol\">\n" + entities + "]>\n"
            + $"<rss version=\"2.0\"><channel><title>{name} &lol9;</title><link>http://news.test/</link><description>x</description></channel></rss>\n";
    }

    /// <summary>An RSS feed whose title is an external entity naming a file on the server.</summary>
    private static string ExternalEntity(string name) =>
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
        + $"<rss version=\"2.0\"><channel><title>{name} [&secret;]</title><link>http://news.test/</link><description>x</description></channel></rss>\n";

    private string Atom(string name) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette Atom: {name}</title><id>urn:test:{name}</id>
        <updated>2026-12-07T08:00:00Z</updated>
        <entry><title>{Headline($"{name}-a")}</title><id>urn:test:{name}:a</id><link rel="alternate" href="{BaseUrl}/news/{name}-a"/><updated>2026-12-06T08:00:00Z</updated></entry>
        <entry><title>{Headline($"{name}-b")}</title><id>urn:test:{name}:b</id><link rel="alternate" href="{BaseUrl}/news/{name}-b"/><updated>2026-12-07T08:00:00Z</updated></entry>
        </feed>
        """;
}
