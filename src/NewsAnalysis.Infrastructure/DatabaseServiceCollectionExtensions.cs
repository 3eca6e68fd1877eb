using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAnalysis.Infrastructure.Search;

namespace NewsAnalysis.Infrastructure;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NewsDbContext"/> and its full-text search for the provider of <see cref="DatabaseOptions"/>.
    /// Both providers' contexts are registered; the options, read when the first context is resolved, pick one, so
    /// that they are bound and validated like every other setting.
    /// </summary>
    public static IServiceCollection AddNewsDatabase(this IServiceCollection services)
    {
        services.AddDbContext<SqliteNewsDbContext>((sp, options) => options.UseSqlite(Options(sp).ConnectionString).AddInterceptors(SqliteInterceptor));
        services.AddDbContext<PostgresNewsDbContext>((sp, options) => options.UseNpgsql(Options(sp).ConnectionString));
        services.AddScoped<NewsDbContext>(sp => Options(sp).Provider switch
        {
            DatabaseProvider.Sqlite => sp.GetRequiredService<SqliteNewsDbContext>(),
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresNewsDbContext>(),
            var provider => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unsupported database provider."),
        });
        services.AddScoped<IFullTextSearch>(sp => Options(sp).Provider switch
        {
            DatabaseProvider.Postgres => new PostgresFullTextSearch(sp.GetRequiredService<NewsDbContext>()),
            _ => new SqliteFullTextSearch(sp.GetRequiredService<NewsDbContext>()),
        });
        services.AddSingleton<DatabaseWriteGate>();
        return services;
    }

    private static readonly SqliteConnectionSettings SqliteInterceptor = new();

    private static DatabaseOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
