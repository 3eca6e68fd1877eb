namespace NewsAnalysis.Core.Domain;

/// <summary>
/// A key that a client sends to use the API. Only <see cref="Hash"/> is stored: the key itself is shown once when it
/// is created. A revoked key stays as a record (with <see cref="RevokedAt"/>) so that listings show what happened to it.
/// </summary>
public sealed class ApiKey
{
    /// <summary>The longest <see cref="Name"/>; also the column size.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The length of <see cref="Hash"/>: SHA-256 as lower-case hex.</summary>
    public const int HashLength = 64;

    /// <summary>The length of <see cref="Prefix"/>.</summary>
    public const int PrefixLength = 8;

    public int Id { get; set; }

    /// <summary>Who or what holds the key ("newsroom page", "ingest job"), for listings and logs.</summary>
    public string Name { get; set; } = "";

    public ApiKeyScope Scope { get; set; }

    /// <summary>SHA-256 of the key (<see cref="ApiKeySecret.HashOf"/>).</summary>
    public string Hash { get; set; } = "";

    /// <summary>The key's first characters, so that a holder can tell which listed key is theirs.</summary>
    public string Prefix { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
