namespace NewsAnalysis.Api.Ingestion;

/// <summary>One article of a batch.</summary>
/// <param name="Index">0-based position in the posted batch.</param>
/// <param name="Status"><c>queued</c>, <c>running</c>, <c>stored</c>, <c>duplicate</c>, <c>invalid</c>, <c>failed</c> or <c>cancelled</c>.</param>
/// <param name="ArticleId">The stored article; for a duplicate, the article already stored under its url.</param>
/// <param name="Errors">For an invalid or failed item: field name to messages.</param>
public sealed record IngestionItemResponse(int Index, string Status, int? ArticleId, IReadOnlyDictionary<string, string[]>? Errors);
