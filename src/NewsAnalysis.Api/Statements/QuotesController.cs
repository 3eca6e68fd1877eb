using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

[ApiController]
[Route("api/quotes")]
public sealed class QuotesController(StatementQueryService statements) : ControllerBase
{
    /// <summary>Lists direct quotes across articles, by speaker, article, words or date; JSON pages or one CSV.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<QuoteListItemResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesCsv]
    public async Task<ActionResult<PagedResponse<QuoteListItemResponse>>> ListAsync([FromQuery] QuoteListQuery query, CancellationToken cancellationToken) =>
        query.WantsCsv(Request)
            ? await StatementCsv.QuotesAsync(Response, statements, query, cancellationToken)
            : await statements.ListQuotesAsync(query, cancellationToken);
}
