using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Core.Domain;
using NpgsqlTypes;

namespace NewsAnalysis.Infrastructure;

/// <summary>The PostgreSQL flavour of <see cref="NewsDbContext"/>, owner of Migrations/Postgres.</summary>
public sealed class PostgresNewsDbContext(DbContextOptions<PostgresNewsDbContext> options) : NewsDbContext(options)
{
    /// <summary>Name of the stored tsvector column that full-text search reads (GIN-indexed).</summary>
    public const string SearchVector = "SearchVector";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Titles weigh more than bodies in the ranking.
        modelBuilder.Entity<Article>().Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql("setweight(to_tsvector('english', \"Title\"), 'A') || setweight(to_tsvector('english', \"Body\"), 'B')", stored: true);
        modelBuilder.Entity<Article>().HasIndex(SearchVector).HasMethod("GIN");
        modelBuilder.Entity<Quote>().Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql("to_tsvector('english', \"Text\")", stored: true);
        modelBuilder.Entity<Quote>().HasIndex(SearchVector).HasMethod("GIN");
        modelBuilder.Entity<Claim>().Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql("to_tsvector('english', \"Text\")", stored: true);
        modelBuilder.Entity<Claim>().HasIndex(SearchVector).HasMethod("GIN");
    }
}
