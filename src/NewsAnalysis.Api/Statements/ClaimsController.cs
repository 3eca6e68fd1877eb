using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

[ApiController]
[Route("api/claims")]
public sealed class ClaimsController(StatementQueryService statements, ClaimDisagreementService disagreements) : ControllerBase
{
    /// <summary>Lists claims across articles, by claimant, article, words, numbers, check-worthiness or date; JSON pages or one CSV.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<ClaimListItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesCsv]
    public async Task<ActionResult<PagedResponse<ClaimListItemResponse>>> ListAsync([FromQuery] ClaimListQuery query, CancellationToken cancellationToken) =>
        query.WantsCsv(Request)
            ? await StatementCsv.ClaimsAsync(Response, statements, query, cancellationToken)
            : await statements.ListClaimsAsync(query, cancellationToken);

    /// <summary>
    /// Pairs of claims about the given words that disagree: the same unit with numbers that cannot both hold
    /// ("killed: 89 people vs 20 people"), or one claimant denying what another asserts. A heuristic over the
    /// 500 claims that best match <c>q</c>; claims of one claimant are never paired.
    /// </summary>
    [HttpGet("disagreements")]
    [ProducesResponseType<PagedResponse<ClaimDisagreementResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<ClaimDisagreementResponse>>> ListDisagreementsAsync([FromQuery] ClaimDisagreementQuery query, CancellationToken cancellationToken) =>
        await disagreements.ListAsync(query, cancellationToken);
}
