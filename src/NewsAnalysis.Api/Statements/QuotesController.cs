using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

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
