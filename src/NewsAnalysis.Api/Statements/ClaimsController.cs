using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Api.Statements;

[ApiController]
[Route("api/claims")]
public sealed class ClaimsController(StatementQueryService statements, ClaimDisagreementService disagreements, ExtractionPipeline pipeline) : ControllerBase
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

    /// <summary>How claims are scored for check-worthiness here, with the threshold from which one is check-worthy.</summary>
    /// <remarks>
    /// The threshold depends on the configuration (0.50 for the lexical model, 0.57 with the sentence encoder), so a
    /// client lists the check-worthy claims with <c>minCheckWorthiness</c> set to it. Claims keep the score they were
    /// given when their article was analysed. Scores and the threshold are given to four decimals.
    /// </remarks>
    [HttpGet("check-worthiness")]
    [ProducesResponseType<CheckWorthinessModelResponse>(StatusCodes.Status200OK)]
    public CheckWorthinessModelResponse GetCheckWorthinessModel() =>
        pipeline.CheckWorthiness is { } classifier
            ? new CheckWorthinessModelResponse(classifier.UsesSentenceEncoder, Math.Round(classifier.Threshold, 4), true)
            : new CheckWorthinessModelResponse(false, null, false);

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
