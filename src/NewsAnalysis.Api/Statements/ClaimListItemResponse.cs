using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>A claim in a cross-article list, with its article and, for a search, its text as HTML: escaped, the matched words in &lt;mark&gt; tags and no other markup.</summary>
public sealed record ClaimListItemResponse(
    int Id,
    string Text,
    int Start,
    int End,
    SpanResponse? Cue,
    SpeakerResponse? Claimant,
    IReadOnlyList<QuantityResponse> Quantities,
    double? CheckWorthiness,
    ArticleRefResponse Article,
    string? Highlight = null);
