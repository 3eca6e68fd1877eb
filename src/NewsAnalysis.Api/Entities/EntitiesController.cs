using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Statements;

namespace NewsAnalysis.Api.Entities;

[ApiController]
[Route("api/entities")]
public sealed class EntitiesController(EntityQueryService entities, StatementQueryService statements) : ControllerBase
{
    /// <summary>Lists people, organisations, places and other names across all articles.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<EntitySummaryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesCsv]
    public async Task<ActionResult<PagedResponse<EntitySummaryResponse>>> ListAsync([FromQuery] EntityListQuery query, CancellationToken cancellationToken) =>
        query.WantsCsv(Request)
            ? await EntityCsv.ListAsync(Response, entities, query, cancellationToken)
            : await entities.ListAsync(query, cancellationToken);

    /// <summary>One entity with its aliases, articles and the entities it appears with most.</summary>
    [HttpGet("{id:int}")]
    [ProducesResponseType<EntityDetailResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<EntityDetailResponse>> GetAsync(int id, CancellationToken cancellationToken) =>
        await entities.GetAsync(id, cancellationToken) is { } entity ? entity : NotFoundProblem(id);

    /// <summary>What the entity said: its direct quotes across articles.</summary>
    [HttpGet("{id:int}/quotes")]
    [ProducesResponseType<PagedResponse<QuoteListItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<QuoteListItemResponse>>> QuotesAsync(
        int id, [FromQuery] EntityStatementsQuery query, CancellationToken cancellationToken)
    {
        if (!await entities.ExistsAsync(id, cancellationToken))
        {
            return NotFoundProblem(id);
        }

        return await statements.ListQuotesAsync(
            new QuoteListQuery { SpeakerId = id, Q = query.Q, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
    }

    /// <summary>What the entity claimed: its reported statements across articles.</summary>
    [HttpGet("{id:int}/claims")]
    [ProducesResponseType<PagedResponse<ClaimListItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<ClaimListItemResponse>>> ClaimsAsync(
        int id, [FromQuery] EntityStatementsQuery query, CancellationToken cancellationToken)
    {
        if (!await entities.ExistsAsync(id, cancellationToken))
        {
            return NotFoundProblem(id);
        }

        return await statements.ListClaimsAsync(
            new ClaimListQuery { ClaimantId = id, Q = query.Q, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
    }

    private ObjectResult NotFoundProblem(int id) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Entity not found.", detail: $"No entity has id {id}.");
}
