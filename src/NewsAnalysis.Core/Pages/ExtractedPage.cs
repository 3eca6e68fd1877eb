namespace NewsAnalysis.Core.Pages;

/// <summary>The story a web page carries: its body text and what the page states about it.</summary>
/// <param name="Body">The story's paragraphs as plain text, separated by blank lines; never empty.</param>
/// <param name="Title">The headline, when the page states one.</param>
/// <param name="Author">The byline, when the page states one.</param>
/// <param name="PublishedAt">The publication time, when the page states one.</param>
/// <param name="SiteName">The publisher or site, when the page states one.</param>
/// <param name="CanonicalUrl">The page's canonical absolute address, when it states one.</param>
/// <param name="Language">The page's language tag (e.g. "en"), when it states one.</param>
public sealed record ExtractedPage(
    string Body,
    string? Title,
    string? Author,
    DateTimeOffset? PublishedAt,
    string? SiteName,
    string? CanonicalUrl,
    string? Language);
