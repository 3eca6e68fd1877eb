namespace NewsAnalysis.Core.Domain;

/// <summary>A person, organisation, place or other named thing, the same across every article that names it.</summary>
public sealed class Entity
{
    /// <summary>The longest name an entity may have; also the column size.</summary>
    public const int MaxNameLength = 300;

    public int Id { get; set; }

    private string _name = "";

    public required string Name
    {
        get => _name;
        set
        {
            _name = value;
            Surname = SurnameOf(value);
        }
    }

    /// <summary>
    /// The last word of a name of two words or more ("Obama" of "Barack Obama"), null for a name of one word; set with
    /// <see cref="Name"/> and indexed, so that the linker finds a surname's people without reading every person.
    /// </summary>
    public string? Surname { get; private set; }

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

    /// <summary>How many stored articles mention it, kept the same way.</summary>
    public int ArticleCount { get; set; }

    /// <summary>
    /// How many quotes it speaks, alone or named in a coordinated subject (<see cref="Quote.SpeakerIsGroup"/>), as the
    /// quote lists count them; kept the same way, and by users' speaker corrections.
    /// </summary>
    public int QuoteCount { get; set; }

    /// <summary>How many claims it makes, alone or named in a coordinated subject; kept as <see cref="QuoteCount"/> is.</summary>
    public int ClaimCount { get; set; }

    /// <summary>How many of those mentions name it (<see cref="MentionKind.Name"/>), kept the same way; the linker weighs namesakes by it.</summary>
    public int NameMentionCount { get; set; }

    public List<Mention> Mentions { get; set; } = [];

    /// <summary>The last word of a name of two words or more; null for a name of one word.</summary>
    public static string? SurnameOf(string name)
    {
        var trimmed = name.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return space <= 0 || trimmed[..space].Trim().Length == 0 ? null : trimmed[(space + 1)..];
    }

    public static string KeyOf(EntityType type, string name)
    {
        // A typographic apostrophe is the typewriter one: O’Malley is O'Malley.
        var plain = name.Replace('\u2019', '\'');
        return type.ToString().ToLowerInvariant() + ":"
            + (type == EntityType.Person ? PersonNames.WithoutMiddleInitials(plain) : string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .ToLowerInvariant();
    }
}
