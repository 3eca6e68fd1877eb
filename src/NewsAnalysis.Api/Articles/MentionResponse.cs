using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Articles;

/// <summary>
/// Where an article refers to an entity: 0-based, end-exclusive UTF-16 offsets into the body
/// (<c>body.substring(start, end) == text</c>), and how: <c>name</c>, <c>pronoun</c> or <c>description</c>.
/// </summary>
public sealed record MentionResponse(int Start, int End, string Text, string Kind)
{
    public static MentionResponse Of(string body, int start, int end, MentionKind kind) =>
        new(start, end, body[start..end], KindName(kind));

    public static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Pronoun => "pronoun",
        MentionKind.Description => "description",
        _ => "name",
    };
}
