namespace NewsAnalysis.Core.Domain;

/// <summary>
/// One way the stored articles write an entity's name ("Obama", "Barack Obama"), with how many name mentions write it
/// so; kept on write with the entity's counts, so that lists show aliases without reading the mentions (issue 16).
/// </summary>
public sealed class EntityAlias
{
    public int EntityId { get; set; }

    public required string Text { get; set; }

    public int Count { get; set; }
}
