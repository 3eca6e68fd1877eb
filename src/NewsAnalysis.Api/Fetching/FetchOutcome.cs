namespace NewsAnalysis.Api.Fetching;

/// <summary>What a fetch gave: a document, or the failure that says why not.</summary>
public sealed record FetchOutcome(FetchedDocument? Document, FetchFailure? Failure)
{
    public static FetchOutcome Of(FetchedDocument document) => new(document, null);

    public static FetchOutcome Of(FetchFailure failure) => new(null, failure);
}
