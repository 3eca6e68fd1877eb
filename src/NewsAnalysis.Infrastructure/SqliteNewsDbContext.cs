using Microsoft.EntityFrameworkCore;

namespace NewsAnalysis.Infrastructure;

/// <summary>The SQLite flavour of <see cref="NewsDbContext"/>, owner of Migrations/Sqlite.</summary>
public sealed class SqliteNewsDbContext(DbContextOptions<SqliteNewsDbContext> options) : NewsDbContext(options);
