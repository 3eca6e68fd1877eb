using NewsAnalysis.Api.Articles;

namespace NewsAnalysis.Api.Fetching;

/// <summary>What became of an article given by its url: stored or a duplicate, or why its page could not be used.</summary>
public sealed record UrlIngestionResult(IngestionResult? Result, FetchFailure? Failure);
