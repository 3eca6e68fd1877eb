using System.Security.Claims;
using NewsAnalysis.Core.Domain;
using SecurityClaim = System.Security.Claims.Claim;

namespace NewsAnalysis.Api.Security;

/// <summary>The claims that <see cref="ApiKeyAuthenticationHandler"/> gives a request with a valid key.</summary>
public static class ApiKeyClaims
{
    public const string KeyId = "key_id";

    public const string Scope = "scope";

    public static ClaimsPrincipal PrincipalOf(ApiKey key, string authenticationType) =>
        new(new ClaimsIdentity(
            [
                new SecurityClaim(KeyId, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new SecurityClaim(ClaimTypes.Name, key.Name),
                new SecurityClaim(Scope, key.Scope.ToString()),
            ],
            authenticationType));

    /// <summary>The scope of the request's key, or null without a valid key.</summary>
    public static ApiKeyScope? ScopeOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<ApiKeyScope>(user.FindFirstValue(Scope), out var scope) ? scope : null;

    public static string? KeyIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(KeyId) : null;
}
