using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Corrections;

[ApiController]
[Route("api/corrections")]
[Tags("Corrections")]
public sealed class CorrectionsController(CorrectionQueryService corrections) : ControllerBase
{
    /// <summary>Lists users' corrections newest first, each with what it changed before and after.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<CorrectionResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<CorrectionResponse>>> ListAsync([FromQuery] CorrectionListQuery query, CancellationToken cancellationToken) =>
        await corrections.ListAsync(query, cancellationToken);
}
