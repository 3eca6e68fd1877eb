namespace NewsAnalysis.Api.Entities;

/// <summary>An entity that appears in the same articles, with the number of articles they share.</summary>
public sealed record RelatedEntityResponse(int Id, string Name, string Type, int SharedArticles);
