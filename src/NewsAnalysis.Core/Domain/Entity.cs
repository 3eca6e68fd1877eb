namespace NewsAnalysis.Core.Domain;

/// <summary>A person, organisation, place or other named thing, the same across every article that names it.</summary>
public sealed class Entity
{
    /// <summary>The longest name an entity may have; also the column size.</summary>
    public const int MaxNameLength = 300;

    public int Id { get; set; }

    public required string Name { get; set; }

    public EntityType Type { get; set; }

    /// <summary>
    /// Type and normalised name (one kind of apostrophe; a person's without middle initials); unique, so concurrent
    /// ingestions cannot create the same entity twice.
    /// </summary>
    public required string Key { get; set; }

    /// <summary>
    /// How many mentions of every kind the stored articles have of this entity, kept on write by every change that
    /// adds, removes or moves mentions, so that the entity list sorts by an index (issue 16).
    /// </summary>
    public int MentionCount { get; set; }

    public List<Mention> Mentions { get; set; } = [];

    public static string KeyOf(EntityType type, string name)
    {
        // A typographic apostrophe is the typewriter one: O’Malley is O'Malley.
        var plain = name.Replace('\u2019', '\'');
        return type.ToString().ToLowerInvariant() + ":"
            + (type == EntityType.Person ? PersonNames.WithoutMiddleInitials(plain) : string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .ToLowerInvariant();
    }
}
