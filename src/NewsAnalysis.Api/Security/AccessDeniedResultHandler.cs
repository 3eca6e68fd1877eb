using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// Answers a refused request with problem+json that names what is wrong (no key, an unknown or revoked key, too small
/// a scope) and which scope the request needs (<c>requiredScope</c>), instead of the bare 401 or 403 of the default.
/// </summary>
public sealed class AccessDeniedResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Challenged && !authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var needed = policy.Requirements.OfType<ScopeRequirement>().Select(r => r.Scope).DefaultIfEmpty(ApiKeyScope.Read).Max();
        var reason = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).FirstOrDefault(m => m.Length > 0);
        var extensions = new Dictionary<string, object?> { ["requiredScope"] = AccessPolicies.NameOf(needed) };
        if (authorizeResult.Challenged)
        {
            // A challenge carries no failure reasons (the policy evaluator drops them): the refused key's own reason, or the scope.
            var refusal = context.Features.Get<ApiKeyRefusal>();
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            await AccessProblems.WriteAsync(context, StatusCodes.Status401Unauthorized,
                refusal is null ? "An API key is required." : "The API key was refused.",
                refusal?.Message ?? $"This request needs an API key with scope {AccessPolicies.NameOf(needed)}: send it as 'Authorization: Bearer <key>' or '{ApiKeyAuthenticationHandler.KeyHeader}: <key>'.",
                extensions);
            return;
        }

        await AccessProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "The API key may not do this.",
            reason ?? $"This request needs an API key with scope {AccessPolicies.NameOf(needed)}.", extensions);
    }
}
