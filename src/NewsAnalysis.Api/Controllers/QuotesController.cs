using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Api.Services;

namespace NewsAnalysis.Api.Controllers;

[ApiController]
[Route("api/quotes")]
public sealed class QuotesController(StatementQueryService statements) : ControllerBase
{
    /// <summary>Lists direct quotes across articles, by speaker, article or words.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<QuoteListItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<QuoteListItemResponse>>> ListAsync([FromQuery] QuoteListQuery query, CancellationToken cancellationToken) =>
        await statements.ListQuotesAsync(query, cancellationToken);
}
