namespace NewsAnalysis.Core.Pages;

/// <summary>What a page states about its article besides the body.</summary>
internal sealed record PageMetadata(string? Title, string? Author, DateTimeOffset? PublishedAt, string? SiteName, string? CanonicalUrl, string? Language);
