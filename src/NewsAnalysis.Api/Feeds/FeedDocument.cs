namespace NewsAnalysis.Api.Feeds;

/// <summary>A feed as parsed: its title and its items in the order it lists them.</summary>
public sealed record FeedDocument(string? Title, IReadOnlyList<FeedEntry> Entries);
