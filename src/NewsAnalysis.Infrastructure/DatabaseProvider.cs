namespace NewsAnalysis.Infrastructure;

/// <summary>The databases the product runs on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: one machine, no set-up.</summary>
    Sqlite,

    /// <summary>A server that several API replicas share.</summary>
    Postgres,
}
