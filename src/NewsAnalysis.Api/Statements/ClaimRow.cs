using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>A claim as read from the database, before its spans are cut from the article body.</summary>
internal sealed record ClaimRow(
    int Id, int ArticleId, string Text, int Start, int End, int? CueStart, int? CueEnd,
    int? ClaimantEntityId, string? ClaimantName, int? ClaimantStart, int? ClaimantEnd, bool ClaimantIsGroup, double? CheckWorthiness,
    List<QuantityResponse> Quantities)
{
    public ClaimResponse ToResponse(string body, SpeakerGroups groups) => new(
        Id, Text, Start, End, SpanResponse.Of(body, CueStart, CueEnd),
        StatementProjections.SpeakerOf(body, ClaimantEntityId, ClaimantName, ClaimantStart, ClaimantEnd, ClaimantIsGroup ? groups.MembersOf(ArticleId, ClaimantStart, ClaimantEnd) : []),
        Quantities, CheckWorthiness);
}
