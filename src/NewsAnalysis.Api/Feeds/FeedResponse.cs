namespace NewsAnalysis.Api.Feeds;

/// <summary>A subscribed feed and how its polling goes.</summary>
/// <param name="Id">The feed's id.</param>
/// <param name="Url">Its address as subscribed.</param>
/// <param name="Title">Its own title, from the last successful poll.</param>
/// <param name="PollMinutes">Minutes between polls while it answers.</param>
/// <param name="CreatedAt">When it was subscribed.</param>
/// <param name="LastPolledAt">When the last poll finished, successful or not.</param>
/// <param name="NextPollAt">When it is due next.</param>
/// <param name="ItemsSeen">Items recorded from it, whatever became of them.</param>
/// <param name="ItemsStored">Items stored as new articles.</param>
/// <param name="ItemsDuplicate">Items whose url was already stored.</param>
/// <param name="ItemsFailed">Items whose page could not be fetched or held no article.</param>
/// <param name="ConsecutiveFailures">Polls that failed in a row; each doubles the wait, up to <c>Feeds:MaxBackoff</c>.</param>
/// <param name="LastError">Why the last failed poll failed; kept after later successes.</param>
/// <param name="LastErrorAt">When it failed so.</param>
public sealed record FeedResponse(
    int Id,
    string Url,
    string? Title,
    int PollMinutes,
    DateTime CreatedAt,
    DateTime? LastPolledAt,
    DateTime NextPollAt,
    int ItemsSeen,
    int ItemsStored,
    int ItemsDuplicate,
    int ItemsFailed,
    int ConsecutiveFailures,
    string? LastError,
    DateTime? LastErrorAt);
