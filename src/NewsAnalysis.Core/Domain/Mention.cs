namespace NewsAnalysis.Core.Domain;

/// <summary>Where an article names an entity.</summary>
public sealed class Mention
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int EntityId { get; set; }

    public Entity? Entity { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }
}
