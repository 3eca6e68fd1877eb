using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsAnalysis.Infrastructure;

/// <summary>Lets `dotnet ef` build the SQLite context for migrations without starting the API.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNewsDbContext>
{
    public SqliteNewsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNewsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
