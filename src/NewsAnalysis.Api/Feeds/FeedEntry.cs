namespace NewsAnalysis.Api.Feeds;

/// <summary>One item of a parsed feed.</summary>
/// <param name="Key">Its guid or id, else its link: what identifies it across polls.</param>
/// <param name="Link">The story's page, if the item names one.</param>
/// <param name="Title">Its headline, if stated.</param>
/// <param name="PublishedAt">Its publication time, if stated.</param>
public sealed record FeedEntry(string Key, string? Link, string? Title, DateTimeOffset? PublishedAt);
