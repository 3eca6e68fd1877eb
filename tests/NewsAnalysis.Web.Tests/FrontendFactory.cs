using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsAnalysis.Web.Tests;

/// <summary>
/// The API with its frontend on a real loopback port (a browser cannot reach the in-memory test
/// server), on a SQLite file of its own and without the sample article. Fetches may reach the tests' local site.
/// </summary>
public sealed class FrontendFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"newsanalysis-web-tests-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Configuration set after the defaults below, e.g. <c>Ingestion:Workers</c>.</param>
    public FrontendFactory(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        // Port 0: the system picks a free port, so parallel runs never collide.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts Kestrel and answers the address it listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", $"Data Source={_databasePath}");
        builder.UseSetting("Seed:LoadSamples", "false");
        builder.UseSetting("RateLimits:Enabled", "false");

        // The feed and page tests fetch from a site of their own on this machine's loopback (LocalFeedSite).
        builder.UseSetting("Fetching:AllowedHosts:0", LocalFeedSite.Host);
        builder.UseSetting("Feeds:PollInterval", "00:00:01");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_databasePath + suffix);
            }
            catch (IOException)
            {
                // A file still held open is left to the temp folder.
            }
        }
    }
}
