using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Api.Services;

namespace NewsAnalysis.Api.Controllers;

[ApiController]
[Route("api/jobs")]
public sealed class JobsController(IngestionJobService jobs) : ControllerBase
{
    public const string GetJobRoute = "GetJob";

    /// <summary>A batch ingestion with its counts and the outcome of every article so far.</summary>
    /// <remarks>Poll until <c>status</c> is <c>completed</c>.</remarks>
    [HttpGet("{id:int}", Name = GetJobRoute)]
    [ProducesResponseType<IngestionJobResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IngestionJobResponse>> GetAsync(int id, CancellationToken cancellationToken) =>
        await jobs.GetAsync(id, cancellationToken) is { } job
            ? job
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Job not found.", detail: $"No ingestion job has id {id}.");
}
