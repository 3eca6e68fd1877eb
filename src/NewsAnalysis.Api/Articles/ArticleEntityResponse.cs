namespace NewsAnalysis.Api.Articles;

/// <summary>An entity named in one article with every mention of it there: its names, and the pronouns and descriptions resolved to it.</summary>
public sealed record ArticleEntityResponse(int Id, string Name, string Type, IReadOnlyList<MentionResponse> Mentions);
