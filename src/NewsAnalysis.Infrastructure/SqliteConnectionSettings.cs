using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsAnalysis.Infrastructure;

/// <summary>
/// Settings SQLite keeps per connection, applied each time EF opens one. <c>synchronous=NORMAL</c>: in WAL mode a
/// commit is written to the log without waiting for the disk to flush it, which the write turn
/// (<see cref="DatabaseWriteGate"/>) would otherwise wait for on every article. The database stays consistent and a
/// crash of the process loses nothing; a power cut or an operating-system crash can roll back the last commits. The
/// journal mode itself (WAL) is set once at start-up.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
