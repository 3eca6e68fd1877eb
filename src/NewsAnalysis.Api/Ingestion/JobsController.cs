using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Security;

namespace NewsAnalysis.Api.Ingestion;

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
    /// Poll until <c>status</c> is <c>completed</c> (or <c>cancelled</c>). A finished job answers 404 once it is older than
    /// <c>Ingestion:FinishedJobRetention</c>.
    /// </remarks>
    [HttpGet("{id:int}", Name = GetJobRoute)]
    [ProducesResponseType<IngestionJobResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<IngestionJobResponse>> GetAsync(int id, CancellationToken cancellationToken) =>
        await jobs.GetAsync(id, cancellationToken) is { } job
            ? job
            : NotFoundProblem(id);

    /// <summary>Cancels a batch ingestion: its articles that no worker has started are never processed.</summary>
    /// <remarks>
    /// Answers 200 with the job as <c>GET /api/jobs/{id}</c> shows it. Every queued item becomes <c>cancelled</c>. An article
    /// a worker is analysing at that moment is let finish and ends <c>stored</c>, <c>duplicate</c> or <c>failed</c>
    /// as usual (meanwhile the job reads <c>running</c>); once it has, the job reads <c>cancelled</c>. Cancelling a
    /// cancelled job again answers 200 with the job unchanged. A job that completed before the cancel answers 409.
    /// </remarks>
    [HttpPost("{id:int}/cancel")]
    [ProducesResponseType<IngestionJobResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<IngestionJobResponse>> CancelAsync(int id, CancellationToken cancellationToken)
    {
        var job = await jobs.CancelAsync(id, cancellationToken);
        if (job is null)
        {
            return NotFoundProblem(id);
        }

        // A completed job has no cancelled item: the cancel found every item final and changed nothing.
        return job.Status == IngestionJobStatus.Completed
            ? ConflictProblem(id, job.Status, "Job already completed.", $"Job {id} is completed: every article has its outcome, so there is nothing to cancel.")
            : job;
    }

    /// <summary>Deletes a completed or cancelled batch ingestion with its items; the articles it stored are kept.</summary>
    /// <remarks>
    /// The stored articles are articles like any other from then on: delete them with <c>DELETE /api/articles/{id}</c>.
    /// A job with an article still queued or running answers 409: cancel it first (<c>POST /api/jobs/{id}/cancel</c>)
    /// and delete it once its status is <c>cancelled</c>.
    /// </remarks>
    [HttpDelete("{id:int}")]
    [Authorize(Policy = AccessPolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> DeleteAsync(int id, CancellationToken cancellationToken) =>
        await jobs.DeleteAsync(id, cancellationToken) switch
        {
            IngestionJobDeletion.Deleted => NoContent(),
            IngestionJobDeletion.HasOpenItems => ConflictProblem(
                id,
                null,
                "Job still has articles to process.",
                $"Job {id} has articles that are queued or being processed; cancel it first with POST /api/jobs/{id}/cancel, then delete it once its status is cancelled."),
            _ => NotFoundProblem(id),
        };

    private ObjectResult NotFoundProblem(int id) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Job not found.", detail: $"No ingestion job has id {id}.");

    private ObjectResult ConflictProblem(int id, string? jobStatus, string title, string detail)
    {
        var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, StatusCodes.Status409Conflict, title, detail: detail);
        problem.Extensions["jobId"] = id;
        if (jobStatus is not null)
        {
            problem.Extensions["jobStatus"] = jobStatus;
        }

        return Conflict(problem);
    }
}
