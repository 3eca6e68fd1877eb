using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>A direct quote; its span and text exclude the quotation marks.</summary>
public sealed record QuoteResponse(int Id, string Text, int Start, int End, SpanResponse? Cue, SpeakerResponse? Speaker);
