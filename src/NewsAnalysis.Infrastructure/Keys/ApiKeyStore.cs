using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Keys;

/// <summary>
/// API keys in the database: the CLI creates, lists and revokes them; the API finds the one a request sends. Every
/// lookup reads the database, so a key revoked by the CLI stops working on every API replica with the next request.
/// </summary>
public sealed class ApiKeyStore(NewsDbContext db, TimeProvider clock)
{
    /// <summary>Stores a new key's hash and answers the record with the key itself, which nothing can show again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, ApiKeyScope scope, CancellationToken cancellationToken)
    {
        var secret = ApiKeySecret.Create();
        var key = new ApiKey
        {
            Name = name,
            Scope = scope,
            Hash = ApiKeySecret.HashOf(secret),
            Prefix = ApiKeySecret.PrefixOf(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    public async Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    public async Task<ApiKeyRevocation> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return ApiKeyRevocation.NotFound;
        }

        if (key.RevokedAt is not null)
        {
            return ApiKeyRevocation.AlreadyRevoked;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyRevocation.Revoked;
    }

    /// <summary>The stored key that <paramref name="secret"/> is, revoked or not; null for a key never issued.</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = ApiKeySecret.HashOf(secret);
        return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
    }

    /// <summary>
    /// Whether any key was ever created. A revoked key counts: revoking the last key must not open the API to everyone.
    /// </summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken) => await db.ApiKeys.AnyAsync(cancellationToken);
}
