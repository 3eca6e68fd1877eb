using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>
/// Who said or claimed something: the entity the words naming them here resolve to, its name, and the words themselves
/// ("Putin", "he", "the Russian president", "a spokesman"). When the text does not settle who the words stand for,
/// <c>entityId</c> and <c>name</c> are null and <c>mention</c> still marks the words. When a user named the speaker of
/// a statement whose text names nobody (<c>PUT /api/quotes/{id}/speaker</c>, <c>PUT /api/claims/{id}/claimant</c>),
/// <c>entityId</c> and <c>name</c> are set and <c>mention</c> is null. One of the two is always there.
/// </summary>
public sealed record SpeakerResponse(int? EntityId, string? Name, SpanResponse? Mention);
