namespace NewsAnalysis.Api.Articles;

/// <summary>
/// The outcome of reading a posted page: the request to ingest (its body the page's article), or why the page cannot
/// be stored, with the request field the reason belongs to.
/// </summary>
public sealed record PageReading(CreateArticleRequest? Request, string? Field, string? Title, string? Detail)
{
    public static PageReading Ready(CreateArticleRequest request) => new(request, null, null, null);

    public static PageReading Unprocessable(string field, string title, string detail) => new(null, field, title, detail);
}
