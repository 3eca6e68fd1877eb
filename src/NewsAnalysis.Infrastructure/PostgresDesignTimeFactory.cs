using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsAnalysis.Infrastructure;

/// <summary>Lets `dotnet ef` build the PostgreSQL context for migrations; no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNewsDbContext>
{
    public PostgresNewsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNewsDbContext>().UseNpgsql("Host=localhost;Database=news_design").Options);
}
