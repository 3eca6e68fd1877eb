using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>A reported statement or statement of numbers, with its claimant when the text names one.</summary>
public sealed record ClaimResponse(
    int Id,
    string Text,
    int Start,
    int End,
    SpanResponse? Cue,
    SpeakerResponse? Claimant,
    IReadOnlyList<QuantityResponse> Quantities,
    double? CheckWorthiness);
