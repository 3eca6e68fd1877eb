using Microsoft.AspNetCore.Mvc;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Feeds;

[ApiController]
[Route("api/feeds")]
public sealed class FeedsController(FeedService feeds) : ControllerBase
{
    public const string GetFeedRoute = "GetFeed";

    /// <summary>Subscribes to an RSS or Atom feed: its new items are fetched and stored as articles in the background.</summary>
    /// <remarks>
    /// Answers 201 with the feed; it is due at once. Every poll and every item's page are fetched with the same checks
    /// as a posted url (no loopback, private or link-local addresses unless <c>Fetching:AllowedHosts</c> or
    /// <c>Fetching:AllowedNetworks</c> lets them through). A url already subscribed answers 409 with the feed's Location.
    /// </remarks>
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<FeedResponse>> SubscribeAsync(SubscribeFeedRequest request, CancellationToken cancellationToken)
    {
        var outcome = await feeds.SubscribeAsync(request, cancellationToken);
        var location = Url.RouteUrl(GetFeedRoute, new { id = outcome.Feed.Id });
        if (!outcome.Created)
        {
            Response.Headers.Location = location;
            var conflict = ProblemDetailsFactory.CreateProblemDetails(
                HttpContext,
                statusCode: StatusCodes.Status409Conflict,
                title: "This feed is already subscribed.",
                detail: $"The url is subscribed as feed {outcome.Feed.Id}; see the Location header.",
                instance: location);
            conflict.Extensions["existingFeedId"] = outcome.Feed.Id;
            return Conflict(conflict);
        }

        return Created(location, outcome.Feed);
    }

    /// <summary>Lists subscribed feeds in the order they were subscribed, with their status.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResponse<FeedResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<FeedResponse>>> ListAsync([FromQuery] FeedListQuery query, CancellationToken cancellationToken) =>
        await feeds.ListAsync(query, cancellationToken);

    /// <summary>One feed: last and next poll, items seen, stored, duplicate and failed, failures in a row and the last error.</summary>
    [HttpGet("{id:int}", Name = GetFeedRoute)]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<FeedResponse>> GetAsync(int id, CancellationToken cancellationToken) =>
        await feeds.GetAsync(id, cancellationToken) is { } feed ? feed : NotFoundProblem(id);

    /// <summary>Makes the feed due now; a poller takes it at its next look (at once in this process).</summary>
    [HttpPost("{id:int}/poll")]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<FeedResponse>> PollAsync(int id, CancellationToken cancellationToken) =>
        await feeds.PollNowAsync(id, cancellationToken) is { } feed
            ? Accepted(Url.RouteUrl(GetFeedRoute, new { id }), feed)
            : NotFoundProblem(id);

    /// <summary>Unsubscribes; the articles the feed stored stay.</summary>
    [HttpDelete("{id:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> DeleteAsync(int id, CancellationToken cancellationToken) =>
        await feeds.DeleteAsync(id, cancellationToken) ? NoContent() : NotFoundProblem(id);

    private ObjectResult NotFoundProblem(int id) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Feed not found.", detail: $"No feed has id {id}.");
}
