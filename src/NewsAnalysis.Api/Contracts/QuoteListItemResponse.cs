namespace NewsAnalysis.Api.Contracts;

/// <summary>A quote in a cross-article list, with its article.</summary>
public sealed record QuoteListItemResponse(
    int Id,
    string Text,
    int Start,
    int End,
    SpanResponse? Cue,
    SourceResponse? Speaker,
    ArticleRefResponse Article);
