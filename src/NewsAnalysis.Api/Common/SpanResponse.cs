namespace NewsAnalysis.Api.Common;

/// <summary>0-based, end-exclusive UTF-16 offsets into the article body; <c>body.substring(start, end) == text</c>.</summary>
public sealed record SpanResponse(int Start, int End, string Text)
{
    public static SpanResponse Of(string body, int start, int end) => new(start, end, body[start..end]);

    public static SpanResponse? Of(string body, int? start, int? end) =>
        start is { } s && end is { } e ? new SpanResponse(s, e, body[s..e]) : null;
}
