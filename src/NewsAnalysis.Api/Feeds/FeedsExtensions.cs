using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsAnalysis.Api.Feeds;

/// <summary>Feed subscriptions and their background polling.</summary>
public static class FeedsExtensions
{
    /// <summary>Binds and checks <c>Feeds</c>, and registers the subscriptions, the feed queue and the polling worker.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>()
            .BindConfiguration(FeedOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromHours(1)
                    && o.MaxItemsPerPoll is >= 1 and <= 1000 && o.LeaseDuration > TimeSpan.Zero
                    && o.MaxItemAttempts is >= 1 and <= 100 && o.MaxBackoff >= TimeSpan.FromMinutes(1),
                "Feeds: PollInterval must be positive and at most an hour, MaxItemsPerPoll 1 to 1,000, LeaseDuration positive, "
                + "MaxItemAttempts 1 to 100, MaxBackoff at least a minute.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FeedSignal>();
        services.AddScoped<FeedService>();
        services.AddScoped<FeedQueue>();
        services.AddScoped<FeedPoller>();
        services.AddHostedService<FeedPollingWorker>();
        return services;
    }
}
