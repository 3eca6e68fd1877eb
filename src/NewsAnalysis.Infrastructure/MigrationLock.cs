using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsAnalysis.Infrastructure;

/// <summary>
/// Lets exactly one API replica migrate a PostgreSQL database at a time. EF's own migration lock is
/// taken inside the database, after the history has been read and the database created, so replicas that
/// start together can still both apply the same migration; a session advisory lock taken in the
/// server's maintenance database first serialises them from the very start.
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    private readonly NpgsqlConnection? _connection;
    private readonly string _key = "";

    private MigrationLock(NpgsqlConnection? connection, string key)
    {
        _connection = connection;
        _key = key;
    }

    public static async Task<MigrationLock> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            // SQLite is one file on one machine; EF's lock table covers two processes there.
            return new MigrationLock(null, "");
        }

        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var key = "newsanalysis-migrate:" + target.Database;
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@key))", connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new MigrationLock(connection, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@key))", _connection))
        {
            command.Parameters.AddWithValue("key", _key);
            await command.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
