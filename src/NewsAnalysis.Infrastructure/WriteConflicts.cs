using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsAnalysis.Infrastructure;

/// <summary>Tells a write that lost to a concurrent one from any other database failure, on either provider.</summary>
public static class WriteConflicts
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;

    /// <summary>
    /// True when the exception, or one it wraps, says that the write collided with another transaction: a unique or
    /// foreign key violated by a row committed meanwhile, a deadlock or serialization failure on PostgreSQL, a busy or
    /// locked database on SQLite. Such a write, repeated from the start, sees the other's rows.
    /// </summary>
    public static bool IsConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DbUpdateConcurrencyException:
                    return true;
                case PostgresException postgres when postgres.SqlState is PostgresErrorCodes.UniqueViolation
                    or PostgresErrorCodes.ForeignKeyViolation
                    or PostgresErrorCodes.SerializationFailure
                    or PostgresErrorCodes.DeadlockDetected:
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteConstraint:
                    return true;
            }
        }

        return false;
    }
}
