namespace NewsAnalysis.Api.Fetching;

/// <summary>A response body as fetched, after redirects.</summary>
/// <param name="Url">The address that answered, after redirects.</param>
/// <param name="MediaType">The response's media type, e.g. <c>text/html</c>.</param>
/// <param name="Charset">The charset the Content-Type header names, if any.</param>
/// <param name="Content">The body's bytes, at most <c>Fetching:MaxBytes</c>.</param>
public sealed record FetchedDocument(Uri Url, string MediaType, string? Charset, byte[] Content);
