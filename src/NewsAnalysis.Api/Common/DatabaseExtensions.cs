using Microsoft.Extensions.Options;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Common;

/// <summary>The database: provider and connection string, migrations and sample articles at start-up.</summary>
public static class DatabaseExtensions
{
    /// <summary>Binds <c>Database:Provider</c>, <c>ConnectionStrings:News</c> and <c>Seed</c>, and registers the context.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
                options.ConnectionString = configuration.GetConnectionString("News") ?? DefaultSqliteConnection(environment))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SeedOptions>()
            .BindConfiguration(SeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddNewsDatabase();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>
    /// Checks every setting, then migrates the database and seeds an empty one. The settings are checked first so
    /// that a bad value stops start-up before the database is touched, with <c>--migrate-only</c> too (the host
    /// would check them only when it starts).
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        app.Services.GetService<IStartupValidator>()?.Validate();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    private static string DefaultSqliteConnection(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "news.db")}";
    }
}
