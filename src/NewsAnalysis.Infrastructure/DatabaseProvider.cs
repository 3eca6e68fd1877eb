namespace NewsAnalysis.Infrastructure;

/// <summary>The databases the product runs on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
}
