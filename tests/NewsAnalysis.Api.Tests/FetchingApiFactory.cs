using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Api.Feeds;
using NewsAnalysis.Api.Fetching;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The API with a <see cref="LocalNewsSite"/> to fetch from: the site's name allow-listed and mapped to loopback by
/// <see cref="TestHostResolver"/>, short fetch limits so that the slow and huge pages fail fast, and the feed poller
/// off, so that a test polls by hand (<see cref="PollDueFeedsAsync"/>). Pass a database name to put two factories
/// on one database, as two replicas.
/// </summary>
public class FetchingApiFactory : NewsApiFactory, IAsyncLifetime
{
    private readonly bool _pollFeeds;
    private readonly bool _ownsSite;
    private LocalNewsSite? _site;

    public FetchingApiFactory()
        : this(null, null, pollFeeds: false)
    {
    }

    /// <param name="site">A site shared with another factory, or null to start one of its own.</param>
    /// <param name="databaseName">A database shared with another factory, or null for one of its own.</param>
    /// <param name="pollFeeds">Whether the feed poller runs in the background.</param>
    internal FetchingApiFactory(LocalNewsSite? site, string? databaseName, bool pollFeeds)
        : base(databaseName)
    {
        _site = site;
        _ownsSite = site is null;
        _pollFeeds = pollFeeds;
    }

    public LocalNewsSite Site => _site ?? throw new InvalidOperationException("the site starts in InitializeAsync");

    public async Task InitializeAsync() => _site ??= await LocalNewsSite.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_ownsSite && _site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>Polls due feeds as the worker would until none is due; answers how many polls ran.</summary>
    public async Task<int> PollDueFeedsAsync()
    {
        var polls = 0;
        while (true)
        {
            await using var scope = Services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollNextAsync(CancellationToken.None))
            {
                return polls;
            }

            polls++;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fetching:AllowedHosts:0", LocalNewsSite.Host);
        // Short enough that the slow-site test ends soon, long enough that six redirects on a loaded CI machine finish.
        builder.UseSetting("Fetching:Timeout", "00:00:12");
        builder.UseSetting("Fetching:AttemptTimeout", "00:00:06");
        builder.UseSetting("Fetching:Retries", "1");
        builder.UseSetting("Fetching:RetryDelay", "00:00:00.050");
        builder.UseSetting("Fetching:MaxBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Feeds:Enabled", _pollFeeds ? "true" : "false");
        builder.UseSetting("Feeds:PollInterval", "00:00:00.200");
        builder.UseSetting("Ingestion:PollInterval", "00:00:00.200");
        builder.ConfigureTestServices(services => services.AddSingleton<HostAddressResolver, TestHostResolver>());
    }
}
