using Microsoft.Extensions.Options;

namespace NewsAnalysis.Infrastructure;

/// <summary>
/// Lets one article-writing transaction at a time into a SQLite database from this process. SQLite takes one writer
/// at a time anyway; without the gate the others learn so from SQLITE_BUSY, and Microsoft.Data.Sqlite retries them
/// after putting their thread to sleep, so the cores idled while the lock was already free (issue 16 measured most of
/// a request's time asleep there). Here a writer waits without holding a thread and starts as soon as the one before
/// it ends. On PostgreSQL, which locks rows, writers run side by side and the gate lets everyone through.
/// </summary>
public sealed class DatabaseWriteGate(IOptions<DatabaseOptions> options) : IDisposable
{
    private readonly SemaphoreSlim? _gate = options.Value.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Waits for the database's write turn; disposing the answer ends the turn.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (_gate is null)
        {
            return default;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Turn(_gate);
    }

    public void Dispose() => _gate?.Dispose();

    /// <summary>A turn to write; ends once when disposed.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
