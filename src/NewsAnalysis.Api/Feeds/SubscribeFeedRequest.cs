namespace NewsAnalysis.Api.Feeds;

/// <summary>A feed to subscribe to.</summary>
/// <param name="Url">The feed's absolute http(s) address (RSS or Atom); unique across feeds.</param>
/// <param name="PollMinutes">Minutes between polls, 5 to 1,440; 60 when absent.</param>
public sealed record SubscribeFeedRequest(string? Url, int? PollMinutes);
