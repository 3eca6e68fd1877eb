using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsAnalysis.Infrastructure;

/// <summary>
/// Which database the product runs on and how to reach it: configuration keys <c>Database:Provider</c> and
/// <c>ConnectionStrings:News</c>. Validated with data annotations, so a connection string the provider cannot
/// read stops start-up instead of failing on the first query.
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(AllowEmptyStrings = false, ErrorMessage = "ConnectionStrings:News must not be empty.")]
    public string ConnectionString { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult(
                $"Database:Provider must be {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}, not {Provider}.", [nameof(Provider)]);
            yield break;
        }

        if (ParseError() is { } error)
        {
            yield return new ValidationResult($"ConnectionStrings:News is not a {Provider} connection string: {error}", [nameof(ConnectionString)]);
        }
    }

    private string? ParseError()
    {
        try
        {
            if (Provider == DatabaseProvider.Postgres)
            {
                _ = new NpgsqlConnectionStringBuilder(ConnectionString);
            }
            else
            {
                _ = new SqliteConnectionStringBuilder(ConnectionString);
            }

            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
