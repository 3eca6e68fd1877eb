using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>Who said or claimed something: the corpus-wide entity (when named), the resolved name, and the words naming them here.</summary>
public sealed record SpeakerResponse(int? EntityId, string Name, SpanResponse Mention);
