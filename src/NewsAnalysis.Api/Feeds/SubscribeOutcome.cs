namespace NewsAnalysis.Api.Feeds;

/// <summary>A new subscription, or the feed already subscribed at that url.</summary>
public sealed record SubscribeOutcome(FeedResponse Feed, bool Created);
