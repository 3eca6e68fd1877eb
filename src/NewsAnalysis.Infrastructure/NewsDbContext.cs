using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure;

/// <summary>
/// The product's database. Each provider has a subclass of its own so that each keeps its own
/// migration set (see <see cref="SqliteNewsDbContext"/>).
/// </summary>
public abstract class NewsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Entity> Entities => Set<Entity>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<EntityLink> EntityLinks => Set<EntityLink>();

    public DbSet<EntityAlias> EntityAliases => Set<EntityAlias>();

    public DbSet<Quote> Quotes => Set<Quote>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Quantity> Quantities => Set<Quantity>();

    public DbSet<IngestionJob> IngestionJobs => Set<IngestionJob>();

    public DbSet<IngestionItem> IngestionItems => Set<IngestionItem>();

    public DbSet<Correction> Corrections => Set<Correction>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Feed> Feeds => Set<Feed>();

    public DbSet<FeedItem> FeedItems => Set<FeedItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
}
