using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// Brings the database to the latest migration at start-up and, when it holds no article yet, ingests
/// the sample articles of seeds/ through the ingestion service so they get a real analysis.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<SeedOptions> seed, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await using var migrationLock = await MigrationLock.AcquireAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not wait for a writer in WAL mode.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (!seed.Value.LoadSamples || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = seed.Value.Folder ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {SeedFolder} does not exist; starting without sample articles", folder);
            return;
        }

        var ingestion = scope.ServiceProvider.GetRequiredService<ArticleIngestionService>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var request = SampleArticle.Read(file);
            var result = await ingestion.IngestAsync(request, cancellationToken);
            logger.LogInformation("Seeded {SeedFile} as article {ArticleId}", Path.GetFileName(file), result.ArticleId);
        }
    }
}
