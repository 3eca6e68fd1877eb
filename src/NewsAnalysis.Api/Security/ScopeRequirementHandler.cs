using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// Grants a <see cref="ScopeRequirement"/> to a key of that scope or a larger one; without a valid key, to every
/// request while no key exists (the API runs open), and to reads when <see cref="AccessOptions.AnonymousRead"/> allows.
/// The reason of a too small scope is the detail of the 403 answer.
/// </summary>
public sealed class ScopeRequirementHandler(ApiKeyStore keys, IOptions<AccessOptions> access) : AuthorizationHandler<ScopeRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (ApiKeyClaims.ScopeOf(context.User) is { } scope)
        {
            if (scope >= requirement.Scope)
            {
                context.Succeed(requirement);
            }
            else
            {
                context.Fail(new AuthorizationFailureReason(this,
                    $"The API key '{context.User.Identity?.Name}' has scope {AccessPolicies.NameOf(scope)}; this request needs a key with scope {AccessPolicies.NameOf(requirement.Scope)}."));
            }

            return;
        }

        var http = context.Resource as HttpContext;
        var keyFailure = http?.Features.Get<ApiKeyRefusal>();
        if (requirement.Scope == ApiKeyScope.Read && access.Value.AnonymousRead && keyFailure is null)
        {
            context.Succeed(requirement);
            return;
        }

        if (!await keys.AnyAsync(http?.RequestAborted ?? CancellationToken.None))
        {
            // No key was ever created: the API runs open, as it did before keys existed.
            context.Succeed(requirement);
            return;
        }

        // No valid key where one is needed: a challenge, which AccessDeniedResultHandler words from the refusal or the scope.
        context.Fail();
    }
}
