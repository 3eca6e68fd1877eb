using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>An entity within one article: the mentions that name it and the name they resolve to.</summary>
public sealed class ArticleEntity(string name, EntityType type)
{
    public string Name { get; set; } = name;

    public EntityType Type { get; set; } = type;

    public List<int> Mentions { get; } = [];
}
