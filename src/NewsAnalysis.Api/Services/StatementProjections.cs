using System.Linq.Expressions;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Services;

/// <summary>The columns a quote or claim response needs, read in one projection; spans are cut from the body afterwards.</summary>
internal static class StatementProjections
{
    public static readonly Expression<Func<Quote, QuoteRow>> Quote = q => new QuoteRow(
        q.Id, q.ArticleId, q.Text, q.Start, q.End, q.CueStart, q.CueEnd,
        q.SpeakerEntityId, q.SpeakerName, q.SpeakerStart, q.SpeakerEnd);

    public static readonly Expression<Func<Claim, ClaimRow>> Claim = c => new ClaimRow(
        c.Id, c.ArticleId, c.Text, c.Start, c.End, c.CueStart, c.CueEnd,
        c.ClaimantEntityId, c.ClaimantName, c.ClaimantStart, c.ClaimantEnd, c.CheckWorthiness,
        c.Quantities.OrderBy(x => x.Start).Select(x => new QuantityResponse(x.Text, x.Start, x.End, x.Value, x.Unit, x.Approximation)).ToList());

    internal static SourceResponse? SourceOf(string body, int? entityId, string? name, int? start, int? end) =>
        name is not null && SpanResponse.Of(body, start, end) is { } mention ? new SourceResponse(entityId, name, mention) : null;
}
