using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>A quote in a cross-article list, with its article and, for a search, its text as HTML: escaped, the matched words in &lt;mark&gt; tags and no other markup.</summary>
public sealed record QuoteListItemResponse(
    int Id,
    string Text,
    int Start,
    int End,
    SpanResponse? Cue,
    SpeakerResponse? Speaker,
    ArticleRefResponse Article,
    string? Highlight = null);
