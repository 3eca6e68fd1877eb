namespace NewsAnalysis.Api.Articles;

/// <summary>
/// An article to analyse and store: its text in <c>body</c>, the web page that carries it in <c>html</c>, or only its
/// <c>url</c>, which the server then fetches.
/// </summary>
/// <param name="Title">Headline, at most 500 characters; required with <c>body</c>. With <c>html</c> or a url alone it may be
/// left out: the page's headline is used, and a page that states none answers 422.</param>
/// <param name="Body">Full text, at most 500,000 characters, stored and returned exactly as posted. Give <c>body</c>,
/// <c>html</c> or a url alone, not two of them.</param>
/// <param name="Url">Absolute http(s) address; unique across stored articles. Sent alone (no body, no html), the server
/// fetches the page and extracts the article from it. With <c>html</c> it also resolves the page's relative links; when
/// left out, the page's canonical address is stored if it states one.</param>
/// <param name="Source">Publisher, e.g. "Reuters"; from a page, the page's site name when left out.</param>
/// <param name="Author">Byline; when absent, the page's author (from a page) or a trailing byline line in the body is used.</param>
/// <param name="PublishedAt">Publication time, converted to UTC; from a page, the page's when left out.</param>
/// <param name="Html">The web page as served, at most 5,000,000 characters, instead of <c>body</c>. The article's text is
/// extracted from it (paragraphs apart by blank lines, without navigation, adverts, captions, share bars, comments or related
/// links) and stored as the body; every span points into that text. The HTML itself is not kept. A page that carries no
/// article answers 422 and nothing is stored.</param>
public sealed record CreateArticleRequest(
    string? Title,
    string? Body,
    string? Url,
    string? Source,
    string? Author,
    DateTimeOffset? PublishedAt,
    string? Html = null);
