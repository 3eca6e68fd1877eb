using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

/// <summary>A quote as read from the database, before its spans are cut from the article body.</summary>
internal sealed record QuoteRow(
    int Id, int ArticleId, string Text, int Start, int End, int? CueStart, int? CueEnd,
    int? SpeakerEntityId, string? SpeakerName, int? SpeakerStart, int? SpeakerEnd, bool SpeakerIsGroup)
{
    public QuoteResponse ToResponse(string body, SpeakerGroups groups) => new(
        Id, Text, Start, End, SpanResponse.Of(body, CueStart, CueEnd),
        StatementProjections.SpeakerOf(body, SpeakerEntityId, SpeakerName, SpeakerStart, SpeakerEnd, SpeakerIsGroup ? groups.MembersOf(ArticleId, SpeakerStart, SpeakerEnd) : []));
}
