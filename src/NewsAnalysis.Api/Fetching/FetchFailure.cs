namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Why a fetch, or reading an article from what it fetched, did not succeed: the HTTP status the API answers
/// (422 when the url or the page cannot be used, 502 when the site failed), a title and a detail naming what happened.
/// </summary>
public sealed record FetchFailure(int Status, string Title, string Detail)
{
    /// <summary>The url or the page cannot be used: refused address, not HTML, too large, no article.</summary>
    public static FetchFailure Unusable(string title, string detail) => new(StatusCodes.Status422UnprocessableEntity, title, detail);

    /// <summary>The site failed: an error status, a timeout, a broken connection.</summary>
    public static FetchFailure Upstream(string title, string detail) => new(StatusCodes.Status502BadGateway, title, detail);

    /// <summary>One line for logs, feed errors and batch items.</summary>
    public override string ToString() => $"{Title} {Detail}";
}
