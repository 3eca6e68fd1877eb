using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Api.Services;

namespace NewsAnalysis.Api.Controllers;

[ApiController]
[Route("api/jobs")]
public sealed class JobsController(IngestionJobService jobs) : ControllerBase
{
    public const string GetJobRoute = "GetJob";

    /// <summary>Lists batch ingestions newest first, optionally only those of one status, with their counts.</summary>
    /// <remarks>
    /// Finished jobs are deleted <c>Ingestion:FinishedJobRetention</c> (7 days by default) after they were accepted;
    /// their articles stay.
    /// </remarks>
    [HttpGet]
    [ProducesResponseType<PagedResponse<IngestionJobSummaryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<IngestionJobSummaryResponse>>> ListAsync(
        [FromQuery] IngestionJobListQuery query, CancellationToken cancellationToken) =>
        await jobs.ListAsync(query, cancellationToken);

    /// <summary>A batch ingestion with its counts and the outcome of every article so far.</summary>
    /// <remarks>
    /// Poll until <c>status</c> is <c>completed</c>. A finished job answers 404 once it is older than
    /// <c>Ingestion:FinishedJobRetention</c>.
    /// </remarks>
    [HttpGet("{id:int}", Name = GetJobRoute)]
    [ProducesResponseType<IngestionJobResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IngestionJobResponse>> GetAsync(int id, CancellationToken cancellationToken) =>
        await jobs.GetAsync(id, cancellationToken) is { } job
            ? job
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Job not found.", detail: $"No ingestion job has id {id}.");
}
