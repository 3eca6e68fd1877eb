using Microsoft.EntityFrameworkCore;

namespace NewsAnalysis.Infrastructure;

/// <summary>The PostgreSQL flavour of <see cref="NewsDbContext"/>, owner of Migrations/Postgres.</summary>
public sealed class PostgresNewsDbContext(DbContextOptions<PostgresNewsDbContext> options) : NewsDbContext(options);
