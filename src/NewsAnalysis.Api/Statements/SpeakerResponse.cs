using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>
/// Who said or claimed something: the entity the words naming them here resolve to, its name, and the words themselves
/// ("Putin", "he", "the Russian president", "a spokesman"). When the text does not settle who the words stand for,
/// <c>entityId</c> and <c>name</c> are null and <c>mention</c> still marks the words. When a user named the speaker of
/// a statement whose text names nobody (<c>PUT /api/quotes/{id}/speaker</c>, <c>PUT /api/claims/{id}/claimant</c>),
/// <c>entityId</c> and <c>name</c> are set and <c>mention</c> is null. One of the two is always there.
/// A coordinated subject ("The United States, Britain and France have pointed a finger") speaks as a whole: its
/// <c>mention</c> covers every conjunct, <c>entityId</c> and <c>name</c> are null, and <c>members</c> lists the entities
/// it names, in text order; the statement is listed under each of them (<c>speakerId</c>, <c>claimantId</c>,
/// <c>/api/entities/{id}/quotes</c> and <c>/claims</c>). <c>members</c> is null for anyone else.
/// </summary>
public sealed record SpeakerResponse(int? EntityId, string? Name, SpanResponse? Mention, IReadOnlyList<SpeakerMemberResponse>? Members = null);
