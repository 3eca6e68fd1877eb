namespace NewsAnalysis.Infrastructure.Keys;

/// <summary>What <see cref="ApiKeyStore.RevokeAsync"/> found.</summary>
public enum ApiKeyRevocation
{
    Revoked,
    AlreadyRevoked,
    NotFound,
}
