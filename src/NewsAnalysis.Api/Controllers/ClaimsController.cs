using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Api.Services;

namespace NewsAnalysis.Api.Controllers;

[ApiController]
[Route("api/claims")]
public sealed class ClaimsController(StatementQueryService statements) : ControllerBase
{
    /// <summary>Lists claims across articles, by claimant, article, words, numbers or check-worthiness.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<ClaimListItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<ClaimListItemResponse>>> ListAsync([FromQuery] ClaimListQuery query, CancellationToken cancellationToken) =>
        await statements.ListClaimsAsync(query, cancellationToken);
}
