using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Infrastructure;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// The API's database, reached the way the API reaches it: the same settings (<c>--provider</c> and
/// <c>--connection</c>, else the API's environment variables <c>Database__Provider</c> and
/// <c>ConnectionStrings__News</c>, else the SQLite file that <c>dotnet run --project src/NewsAnalysis.Api</c> creates),
/// checked by <see cref="DatabaseOptions"/> and opened by <see cref="DatabaseServiceCollectionExtensions.AddNewsDatabase"/>.
/// </summary>
internal sealed class KeyDatabase
{
    /// <summary>Where the API keeps its SQLite file when run from the repository root with the README's command.</summary>
    public const string DefaultSqliteFile = "src/NewsAnalysis.Api/data/news.db";

    public Option<string> Provider { get; } = new("--provider")
    {
        Description = "Sqlite or Postgres, as the API's Database:Provider (default: $Database__Provider, else Sqlite)",
        HelpName = "NAME",
    };

    public Option<string> Connection { get; } = new("--connection")
    {
        Description = $"The API's ConnectionStrings:News (default: $ConnectionStrings__News, else Data Source={DefaultSqliteFile})",
        HelpName = "TEXT",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    /// <summary>
    /// Runs <paramref name="action"/> with a key store over the API's database, or prints why the database cannot be
    /// used (a bad setting, no database, migrations the API has not applied yet) and answers 1.
    /// </summary>
    public async Task<int> RunAsync(ParseResult parseResult, Func<ApiKeyStore, Task<int>> action, CancellationToken cancellationToken)
    {
        var options = Resolve(parseResult);
        var errors = new List<ValidationResult>();
        if (!Enum.IsDefined(options.Provider) || !Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            Console.Error.WriteLine(errors.Count > 0
                ? string.Join(Environment.NewLine, errors.Select(e => e.ErrorMessage))
                : "Database:Provider must be Sqlite or Postgres.");
            return 1;
        }

        if (options.Provider == DatabaseProvider.Sqlite && SqliteFile(options.ConnectionString) is { } file && !File.Exists(file))
        {
            Console.Error.WriteLine($"no database at {file}: start the API once (it creates it), or give --connection as the API's ConnectionStrings:News.");
            return 1;
        }

        var services = new ServiceCollection();
        services.AddOptions<DatabaseOptions>().Configure(o =>
        {
            o.Provider = options.Provider;
            o.ConnectionString = options.ConnectionString;
        });
        services.AddNewsDatabase();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ApiKeyStore>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                Console.Error.WriteLine(
                    $"the database lacks {pending.Count} migration(s) of this version ({pending[^1]}): start the API of this version on it once, or run it with --migrate-only.");
                return 1;
            }

            return await action(scope.ServiceProvider.GetRequiredService<ApiKeyStore>());
        }
        catch (DbException exception)
        {
            Console.Error.WriteLine($"the {options.Provider} database did not answer: {exception.Message}");
            return 1;
        }
    }

    private DatabaseOptions Resolve(ParseResult parseResult)
    {
        var providerText = parseResult.GetValue(Provider) ?? Environment.GetEnvironmentVariable("Database__Provider");
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            provider = (DatabaseProvider)(-1);
        }

        var connection = parseResult.GetValue(Connection)
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__News")
            ?? $"Data Source={DefaultSqliteFile}";
        return new DatabaseOptions { Provider = provider, ConnectionString = connection };
    }

    private static string? SqliteFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source.Length == 0 || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? null : source;
    }
}
