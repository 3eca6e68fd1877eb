using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// The article's entities by the keys <see cref="MentionGrouper"/> matches names on, so that grouping a mention looks
/// up its few candidates instead of comparing it with every entity (an article naming thousands took time with the
/// square of their number). Each key holds the entity indices in order: the first and the most recent match are the
/// least and greatest. Entities are renamed through <see cref="Rename"/>, which moves their keys.
/// </summary>
internal sealed class EntityNameIndex
{
    private readonly List<ArticleEntity> _entities;
    private readonly Dictionary<string, SortedSet<int>> _peopleByPlainName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<int>> _peopleByEdgeWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<int>> _oneWordPeople = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityType, Dictionary<string, SortedSet<int>>> _byName = [];
    private readonly Dictionary<EntityType, Dictionary<string, SortedSet<int>>> _byInitials = [];
    private readonly Dictionary<EntityType, Dictionary<string, SortedSet<int>>> _acronymsByLetters = [];

    public EntityNameIndex(List<ArticleEntity> entities)
    {
        _entities = entities;
        for (var e = 0; e < entities.Count; e++)
        {
            Index(e, add: true);
        }
    }

    /// <summary>Adds a new entity and indexes it under its name.</summary>
    public int Add(ArticleEntity entity)
    {
        _entities.Add(entity);
        Index(_entities.Count - 1, add: true);
        return _entities.Count - 1;
    }

    public void Rename(int entity, string name)
    {
        Index(entity, add: false);
        _entities[entity].Name = name;
        Index(entity, add: true);
    }

    /// <summary>
    /// The first person named <paramref name="name"/> (middle initials aside), else the most recent person whose first
    /// or last word is the one-word <paramref name="name"/>, or whose one-word name is the first or last word of it.
    /// </summary>
    public int FindPerson(string name)
    {
        if (First(_peopleByPlainName, PersonNames.WithoutMiddleInitials(name)) is var exact and >= 0)
        {
            return exact;
        }

        var parts = name.Split(' ');
        return parts.Length == 1
            ? Last(_peopleByEdgeWord, name)
            : Math.Max(Last(_oneWordPeople, parts[^1]), Last(_oneWordPeople, parts[0]));
    }

    /// <summary>
    /// The first entity of <paramref name="type"/> named <paramref name="name"/> (case aside), or, for a name not from
    /// the gazetteer, whose initials an acronym <paramref name="name"/> spells, or whose acronym the name's initials spell.
    /// </summary>
    public int FindNamed(EntityType type, string name, bool fromGazetteer)
    {
        var first = First(_byName, type, name);
        var letters = MentionGrouper.Letters(name);
        if (!fromGazetteer && letters.Length >= 2)
        {
            if (MentionGrouper.IsAcronym(name))
            {
                first = Earlier(first, First(_byInitials, type, letters));
            }

            first = Earlier(first, First(_acronymsByLetters, type, MentionGrouper.Initials(name)));
        }

        return first;
    }

    private void Index(int e, bool add)
    {
        var entity = _entities[e];
        var name = entity.Name;
        if (entity.Type == EntityType.Person)
        {
            Update(_peopleByPlainName, PersonNames.WithoutMiddleInitials(name), e, add);
            var words = name.Split(' ');
            Update(_peopleByEdgeWord, words[0], e, add);
            Update(_peopleByEdgeWord, words[^1], e, add);
            if (words.Length == 1)
            {
                Update(_oneWordPeople, name, e, add);
            }
        }

        Update(Of(_byName, entity.Type, StringComparer.OrdinalIgnoreCase), name, e, add);
        Update(Of(_byInitials, entity.Type, StringComparer.Ordinal), MentionGrouper.Initials(name), e, add);
        if (MentionGrouper.IsAcronym(name))
        {
            Update(Of(_acronymsByLetters, entity.Type, StringComparer.Ordinal), MentionGrouper.Letters(name), e, add);
        }
    }

    private static Dictionary<string, SortedSet<int>> Of(
        Dictionary<EntityType, Dictionary<string, SortedSet<int>>> byType, EntityType type, StringComparer comparer)
    {
        if (!byType.TryGetValue(type, out var keys))
        {
            keys = new Dictionary<string, SortedSet<int>>(comparer);
            byType[type] = keys;
        }

        return keys;
    }

    private static void Update(Dictionary<string, SortedSet<int>> keys, string key, int e, bool add)
    {
        if (add)
        {
            if (!keys.TryGetValue(key, out var set))
            {
                set = [];
                keys[key] = set;
            }

            set.Add(e);
        }
        else if (keys.TryGetValue(key, out var set))
        {
            set.Remove(e);
        }
    }

    private static int First(Dictionary<EntityType, Dictionary<string, SortedSet<int>>> byType, EntityType type, string key) =>
        byType.TryGetValue(type, out var keys) ? First(keys, key) : -1;

    private static int First(Dictionary<string, SortedSet<int>> keys, string key) =>
        keys.TryGetValue(key, out var set) && set.Count > 0 ? set.Min : -1;

    private static int Last(Dictionary<string, SortedSet<int>> keys, string key) =>
        keys.TryGetValue(key, out var set) && set.Count > 0 ? set.Max : -1;

    private static int Earlier(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
