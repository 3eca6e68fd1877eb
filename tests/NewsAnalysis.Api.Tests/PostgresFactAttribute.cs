namespace NewsAnalysis.Api.Tests;

/// <summary>
/// A fact that needs a PostgreSQL server (replicas, crash recovery). xunit 2 cannot skip at run time, so the check
/// happens when the attribute is read: without <see cref="NewsApiFactory.PostgresVariable"/> the test is reported as
/// skipped with the reason, never as passed.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(NewsApiFactory.PostgresVariable)))
        {
            Skip = $"set {NewsApiFactory.PostgresVariable} to a PostgreSQL connection string to run it";
        }
    }
}
