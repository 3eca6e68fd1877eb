using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Security;

/// <summary>The authorization policies: one per <see cref="ApiKeyScope"/>, named after it.</summary>
public static class AccessPolicies
{
    public const string Read = nameof(ApiKeyScope.Read);

    public const string Write = nameof(ApiKeyScope.Write);

    public const string Admin = nameof(ApiKeyScope.Admin);

    /// <summary>The scope a policy of this class stands for, or null for another policy name.</summary>
    public static ApiKeyScope? ScopeOf(string? policy) =>
        Enum.TryParse<ApiKeyScope>(policy, ignoreCase: false, out var scope) && Enum.IsDefined(scope) ? scope : null;

    /// <summary>A scope as clients write it: <c>read</c>, <c>write</c>, <c>admin</c>.</summary>
    public static string NameOf(ApiKeyScope scope) => scope.ToString().ToLowerInvariant();
}
