using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>Batch ingestion: the queue in the database, its background workers and the retention of finished jobs.</summary>
public static class IngestionExtensions
{
    /// <summary>Binds and checks <c>Ingestion</c>, and registers the queue, its services and the worker.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.Section)
            .Validate(o => o.Workers >= 0 && o.MaxAttempts >= 1 && o.LeaseDuration > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero
                    && o.FinishedJobRetention > TimeSpan.Zero && o.FinishedJobCleanupInterval > TimeSpan.Zero && o.FinishedJobCleanupInterval <= TimeSpan.FromDays(1),
                "Ingestion: Workers must be 0 or more, MaxAttempts 1 or more, LeaseDuration, PollInterval and FinishedJobRetention positive, FinishedJobCleanupInterval positive and at most a day.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IngestionQueueSignal>();
        services.AddScoped<IngestionJobService>();
        services.AddScoped<IngestionQueue>();
        services.AddScoped<IngestionItemProcessor>();
        services.AddScoped<IngestionJobRetention>();
        services.AddHostedService<IngestionWorker>();
        return services;
    }
}
