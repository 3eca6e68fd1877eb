namespace NewsAnalysis.Api.Articles;

/// <summary>An article to analyse and store.</summary>
/// <param name="Title">Headline; required (unless a url alone is sent), at most 500 characters.</param>
/// <param name="Body">Full text; required (unless a url alone is sent), at most 500,000 characters. Stored and returned exactly as posted.</param>
/// <param name="Url">Absolute http(s) address; unique across stored articles. Sent without a body, the server fetches the page and extracts the article from it.</param>
/// <param name="Source">Publisher, e.g. "Reuters".</param>
/// <param name="Author">Byline; when absent, a trailing byline line in the body is used.</param>
/// <param name="PublishedAt">Publication time; converted to UTC.</param>
public sealed record CreateArticleRequest(
    string? Title,
    string? Body,
    string? Url,
    string? Source,
    string? Author,
    DateTimeOffset? PublishedAt);
