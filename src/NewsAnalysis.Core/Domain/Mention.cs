namespace NewsAnalysis.Core.Domain;

/// <summary>Where an article names an entity, or refers to it by a pronoun or a description.</summary>
public sealed class Mention
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>
    /// The article's date (published, else ingested), copied from it when the article is stored, so that an entity's
    /// latest articles are read newest first from an index without reading every mention of the entity.
    /// </summary>
    public DateTime ArticleDate { get; set; }

    public int EntityId { get; set; }

    public Entity? Entity { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public MentionKind Kind { get; set; } = MentionKind.Name;
}
