using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The API over HTTP on a database of its own, without sample seeding: a SQLite file by default, or a
/// fresh PostgreSQL database when <c>NEWSANALYSIS_TEST_POSTGRES</c> holds a connection string to a server
/// where the role may create databases (CI runs the suite both ways).
/// </summary>
public class NewsApiFactory : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "NEWSANALYSIS_TEST_POSTGRES";

    private readonly string? _postgresServer = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly string _name;

    public NewsApiFactory()
        : this(null)
    {
    }

    /// <param name="databaseName">A database shared with another factory (two replicas), or null for one of its own.</param>
    protected NewsApiFactory(string? databaseName) => _name = databaseName ?? NewDatabaseName();

    /// <summary>A database name no other test uses.</summary>
    public static string NewDatabaseName() => $"newsanalysis_test_{Guid.NewGuid():N}";

    public bool IsPostgres => !string.IsNullOrWhiteSpace(_postgresServer);

    private string SqlitePath => Path.Combine(Path.GetTempPath(), _name + ".db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Seed:LoadSamples", "false");

        // The suites send hundreds of requests a minute from one address; RateLimitTests turn the limits back on.
        builder.UseSetting("RateLimits:Enabled", "false");
        if (IsPostgres)
        {
            var connection = new NpgsqlConnectionStringBuilder(_postgresServer) { Database = _name };
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:News", connection.ConnectionString);
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:News", $"Data Source={SqlitePath}");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (IsPostgres)
        {
            DropPostgresDatabase(_postgresServer!, _name);
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(SqlitePath + suffix);
            }
            catch (IOException)
            {
                // A file still held open is left to the temp folder.
            }
        }
    }

    /// <summary>
    /// Drops a test database. Test classes create and drop databases at the same time, and PostgreSQL can refuse a
    /// drop for a moment (a deadlock with another class's CREATE DATABASE, a session still closing, an autovacuum worker
    /// on the database that the test role may not terminate): the drop is tried again, and a database that still cannot
    /// be dropped is left behind with a message rather than failing the run.
    /// </summary>
    internal static void DropPostgresDatabase(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(admin.ConnectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException exception) when (attempt < 5)
            {
                Console.Error.WriteLine($"Dropping test database {name} failed ({exception.SqlState}); trying again");
                Thread.Sleep(500 * attempt);
            }
            catch (PostgresException exception)
            {
                Console.Error.WriteLine($"Test database {name} left behind: {exception.Message}");
                return;
            }
        }
    }
}
