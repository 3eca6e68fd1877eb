using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Api.Security;

[ApiController]
[Route("api/access")]
public sealed class AccessController(ApiKeyStore keys, IOptions<AccessOptions> access) : ControllerBase
{
    /// <summary>Whether the API runs open (no key exists yet), whether reading needs a key, and the scope of the key sent.</summary>
    /// <remarks>Answers without a key, so that a client can learn what it needs before it asks for a key.</remarks>
    [HttpGet]
    [AllowAnonymous]
    [ProducesResponseType<AccessResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AccessResponse>> GetAsync(CancellationToken cancellationToken) =>
        new AccessResponse(
            !await keys.AnyAsync(cancellationToken),
            access.Value.AnonymousRead,
            ApiKeyClaims.ScopeOf(User) is { } scope ? AccessPolicies.NameOf(scope) : null);
}
