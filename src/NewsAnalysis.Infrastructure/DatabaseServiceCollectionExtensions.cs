using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Infrastructure.Search;

namespace NewsAnalysis.Infrastructure;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Registers <see cref="NewsDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddNewsDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteNewsDbContext>(options => options.UseSqlite(connectionString));
                services.AddScoped<NewsDbContext>(sp => sp.GetRequiredService<SqliteNewsDbContext>());
                services.AddScoped<IFullTextSearch, SqliteFullTextSearch>();
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresNewsDbContext>(options => options.UseNpgsql(connectionString));
                services.AddScoped<NewsDbContext>(sp => sp.GetRequiredService<PostgresNewsDbContext>());
                services.AddScoped<IFullTextSearch, PostgresFullTextSearch>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unsupported database provider.");
        }

        return services;
    }
}
