using Microsoft.EntityFrameworkCore;

namespace NewsAnalysis.Infrastructure;

/// <summary>The SQLite flavour of <see cref="NewsDbContext"/>, owner of Migrations/Sqlite.</summary>
public sealed class SqliteNewsDbContext(DbContextOptions<SqliteNewsDbContext> options) : NewsDbContext(options)
{
    /// <summary>
    /// Every <see cref="DateTime"/> property reads back as UTC (<see cref="UtcDateTimeConverter"/>); EF applies the
    /// configuration of <see cref="DateTime"/> to <see cref="Nullable{DateTime}"/> properties too.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
