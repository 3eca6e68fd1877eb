using Microsoft.AspNetCore.Mvc;

namespace NewsAnalysis.Api.Stats;

/// <summary>Aggregates over the stored articles, for the overview: each answer is small and computed in the database.</summary>
[ApiController]
[Route("api/stats")]
public sealed class StatsController(StatsQueryService stats) : ControllerBase
{
    /// <summary>Quotes or claims per week or month, optionally of one entity, one source or one period.</summary>
    /// <remarks>Every step from the first with a count to the last is listed, zeros included, at most 5,200 of them.</remarks>
    [HttpGet("timeline")]
    [ProducesResponseType<TimelineResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TimelineResponse>> TimelineAsync([FromQuery] TimelineQuery query, CancellationToken cancellationToken)
    {
        if (await stats.TimelineAsync(query, cancellationToken) is { } timeline)
        {
            return timeline;
        }

        ModelState.AddModelError("interval", $"The selection spans more than {StatsQueryService.MaxSteps:N0} steps; narrow it with 'from' and 'to' or use 'month'.");
        return ValidationProblem(ModelState);
    }

    /// <summary>Articles, quotes and claims per source in a period, the busiest source first.</summary>
    [HttpGet("sources")]
    [ProducesResponseType<IReadOnlyList<SourceStatsResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<SourceStatsResponse>>> SourcesAsync([FromQuery] StatsQuery query, CancellationToken cancellationToken) =>
        Ok(await stats.SourcesAsync(query, cancellationToken));

    /// <summary>The people and organisations quoted most in a period, overall or in one source, with each one's share.</summary>
    [HttpGet("top-speakers")]
    [ProducesResponseType<TopSpeakersResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<TopSpeakersResponse>> TopSpeakersAsync([FromQuery] TopSpeakersQuery query, CancellationToken cancellationToken) =>
        await stats.TopSpeakersAsync(query, cancellationToken);
}
