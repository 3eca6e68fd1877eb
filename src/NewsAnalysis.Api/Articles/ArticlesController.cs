using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Fetching;
using NewsAnalysis.Api.Ingestion;

namespace NewsAnalysis.Api.Articles;

[ApiController]
[Route("api/articles")]
public sealed class ArticlesController(
    ArticleIngestionService ingestion,
    ArticlePageReader pages,
    ArticleQueryService articles,
    ArticleDeletionService deletion,
    IngestionJobService jobs,
    UrlArticleIngestion urlIngestion) : ControllerBase
{
    /// <summary>Analyses an article and stores it with its entities, quotes and claims.</summary>
    /// <remarks>
    /// A url that is already stored answers 409 with the stored article's location. At most <c>Analysis:MaxConcurrent</c>
    /// analyses run at once with <c>Analysis:QueueLimit</c> waiting; beyond them the answer is 503 with Retry-After. A
    /// request that takes longer than <c>Analysis:RequestTimeout</c> answers 504 and stores nothing. With <c>html</c> instead of
    /// <c>body</c> the article is read from the page; a page that carries no article, or states no headline when the request
    /// gives none, answers 422 and stores nothing. A <c>url</c> sent alone (no body, no html) is fetched and its article read
    /// the same way; fields sent with it win over what the page states. A page that cannot be used (a refused address, not
    /// HTML, too large, no article) answers 422, a site that fails (an error status, a timeout) 502; nothing is stored then.
    /// </remarks>
    [HttpPost]
    [Consumes("application/json")]
    [EnableRateLimiting(AnalysisLimitExtensions.Policy)]
    [RequestTimeout(AnalysisLimitExtensions.Policy)]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status504GatewayTimeout, "application/problem+json")]
    public async Task<ActionResult<ArticleResponse>> CreateAsync(CreateArticleRequest request, CancellationToken cancellationToken)
    {
        IngestionResult result;
        if (UrlPageReader.IsUrlAlone(request))
        {
            var fetched = await urlIngestion.IngestAsync(request, null, cancellationToken);
            if (fetched.Failure is { } failure)
            {
                return Problem(statusCode: failure.Status, title: failure.Title, detail: failure.Detail);
            }

            result = fetched.Result!;
        }
        else
        {
            var reading = pages.Read(request);
            if (reading.Request is null)
            {
                var unreadable = ProblemDetailsFactory.CreateProblemDetails(
                    HttpContext, statusCode: StatusCodes.Status422UnprocessableEntity, title: reading.Title, detail: reading.Detail);
                unreadable.Extensions["field"] = reading.Field;
                return UnprocessableEntity(unreadable);
            }

            result = await ingestion.IngestAsync(reading.Request, cancellationToken);
        }

        var location = Url.Action("Get", new { id = result.ArticleId });
        if (!result.Created)
        {
            Response.Headers.Location = location;
            var conflict = ProblemDetailsFactory.CreateProblemDetails(
                HttpContext,
                statusCode: StatusCodes.Status409Conflict,
                title: "An article with this address is already stored.",
                detail: $"This address is already stored as article {result.ArticleId}; it is not analysed twice.",
                instance: location);
            conflict.Extensions["existingArticleId"] = result.ArticleId;
            return Conflict(conflict);
        }

        var article = await articles.GetAsync(result.ArticleId, cancellationToken);
        return Created(location, article);
    }

    /// <summary>Queues 1 to 1,000 articles for analysis in the background.</summary>
    /// <remarks>
    /// Answers 202 with the job and its Location (<c>/api/jobs/{id}</c>) once every article is safely queued.
    /// Invalid articles are reported on their items with the reasons; a known url ends as <c>duplicate</c>.
    /// </remarks>
    [HttpPost("batch")]
    [Consumes("application/json")]
    [ProducesResponseType<IngestionJobResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<IngestionJobResponse>> CreateBatchAsync(CreateArticleBatchRequest request, CancellationToken cancellationToken)
    {
        var job = await jobs.EnqueueAsync(request, cancellationToken);
        return Accepted(Url.RouteUrl(JobsController.GetJobRoute, new { id = job.Id }), job);
    }

    /// <summary>Lists stored articles, newest first; JSON pages or one CSV.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<ArticleSummaryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesCsv]
    public async Task<ActionResult<PagedResponse<ArticleSummaryResponse>>> ListAsync([FromQuery] ArticleListQuery query, CancellationToken cancellationToken) =>
        query.WantsCsv(Request)
            ? await ArticleCsv.ListAsync(Response, articles, query, cancellationToken)
            : await articles.ListAsync(query, cancellationToken);

    /// <summary>One article with its full analysis; as CSV (<c>format=csv</c> or <c>Accept: text/csv</c>), a row per mention, quote and claim.</summary>
    /// <param name="id">The article's id.</param>
    /// <param name="format"><c>json</c> (the default) or <c>csv</c>.</param>
    /// <param name="cancellationToken">Ends the request.</param>
    [HttpGet("{id:int}", Name = "Get")]
    [ActionName("Get")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesCsv]
    public async Task<ActionResult<ArticleResponse>> GetAsync(int id, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (!CsvNegotiation.IsKnownFormat(format))
        {
            ModelState.AddModelError(nameof(format), "'Format' must be 'json' or 'csv'.");
            return ValidationProblem(ModelState);
        }

        if (await articles.GetAsync(id, cancellationToken) is not { } article)
        {
            return NotFoundProblem(id);
        }

        return CsvNegotiation.WantsCsv(format, Request) ? ArticleCsv.Analysis(article) : article;
    }

    /// <summary>Deletes an article and its analysis.</summary>
    [HttpDelete("{id:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> DeleteAsync(int id, CancellationToken cancellationToken) =>
        await deletion.DeleteAsync(id, cancellationToken) ? NoContent() : NotFoundProblem(id);

    private ObjectResult NotFoundProblem(int id) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found.", detail: $"No article has id {id}.");
}
