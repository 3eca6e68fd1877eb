using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace NewsAnalysis.Api.Fetching;

/// <summary>Fetching pages and feeds for the server: the checked HTTP client, its retries, and reading articles from pages.</summary>
public static class FetchingExtensions
{
    /// <summary>Binds and checks <c>Fetching</c>, and registers the fetch client and the services over it.</summary>
    public static IServiceCollection AddFetching(this IServiceCollection services)
    {
        services.AddOptions<FetchingOptions>()
            .BindConfiguration(FetchingOptions.Section)
            .Validate(o => o.AllowedNetworks.All(n => IPNetwork.TryParse(n.Trim(), out _)),
                "Fetching: every AllowedNetworks entry must be a network in CIDR notation, such as 10.20.0.0/16.")
            .Validate(o => o.AllowedHosts.All(h => !string.IsNullOrWhiteSpace(h)), "Fetching: AllowedHosts entries must not be empty.")
            .Validate(o => o.MaxRedirects is >= 0 and <= 20 && o.MaxBytes is >= 1024 and <= 100L * 1024 * 1024
                    && o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromMinutes(5)
                    && o.AttemptTimeout > TimeSpan.Zero && o.AttemptTimeout <= o.Timeout
                    && o.Retries is >= 0 and <= 5 && o.RetryDelay >= TimeSpan.Zero,
                "Fetching: MaxRedirects must be 0 to 20, MaxBytes 1 KB to 100 MB, Timeout positive and at most 5 minutes, "
                + "AttemptTimeout positive and at most Timeout, Retries 0 to 5, RetryDelay 0 or more.")
            .ValidateOnStart();
        services.TryAddSingleton<HostAddressResolver>();
        services.AddSingleton<FetchAddressPolicy>();
        services.AddSingleton<CheckedConnector>();
        services.AddScoped<PageFetcher>();
        services.AddScoped<UrlPageReader>();
        services.AddScoped<UrlArticleIngestion>();

        services.AddHttpClient(PageFetcher.ClientName, client =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(PageFetcher.UserAgent);

                // PageFetcher holds the whole fetch to Fetching:Timeout; attempts to Fetching:AttemptTimeout.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Redirects are followed by PageFetcher, so that each target is checked and counted.
                AllowAutoRedirect = false,

                // A proxy would connect on the server's behalf to whatever address it resolves, past the check.
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectCallback = provider.GetRequiredService<CheckedConnector>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            .AddResilienceHandler("fetching", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<FetchingOptions>>().Value;
                if (settings.Retries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.Retries,
                        Delay = settings.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                    });
                }

                pipeline.AddTimeout(settings.AttemptTimeout);
            });
        return services;
    }

    /// <summary>
    /// 5xx answers, attempts that timed out and connections that failed are worth another try; a refused address,
    /// a name that does not resolve and every 4xx are not: they would answer the same.
    /// </summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500,
        { Exception: TimeoutRejectedException } => true,
        { Exception: HttpRequestException exception } => PageFetcher.Refusal(exception) is null
            && exception.HttpRequestError != HttpRequestError.NameResolutionError,
        _ => false,
    };
}
