namespace NewsAnalysis.Core.Domain;

/// <summary>
/// Why a name that articles write one way was joined to an entity stored under another ("Obama" to Barack Obama): the
/// name as written, the type the article gave it, and the reason in words. One record per name, type and entity,
/// written by the ingestion that first made the join.
/// </summary>
public sealed class EntityLink
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public Entity? Entity { get; set; }

    /// <summary>The name as the article's entity step gave it.</summary>
    public required string Name { get; set; }

    /// <summary>The type the article's entity step gave it; another than the entity's own when a tagger slip was mended.</summary>
    public EntityType Type { get; set; }

    public required string Reason { get; set; }

    public DateTime CreatedAt { get; set; }
}
