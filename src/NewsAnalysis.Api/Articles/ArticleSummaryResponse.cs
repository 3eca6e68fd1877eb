namespace NewsAnalysis.Api.Articles;

/// <summary>An article in a list: its metadata, how much the analysis found and, for a search, an excerpt
/// as HTML: the text escaped, the matched words in &lt;mark&gt; tags and no other markup.</summary>
public sealed record ArticleSummaryResponse(
    int Id,
    string Title,
    string? Url,
    string? Source,
    string? Author,
    DateTime? PublishedAt,
    DateTime IngestedAt,
    int EntityCount,
    int QuoteCount,
    int ClaimCount,
    string? Highlight = null);
