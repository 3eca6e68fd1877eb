using NewsAnalysis.Api.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// Sorts a corpus's entities into people for <c>audit-who</c>. A person's key is their surname (the name's last word)
/// and, for a name of two or more words, its first word: "Barack Obama" and "Barack H. Obama" are one person. A
/// one-word name ("Obama") joins the person of that surname when exactly one person of two or more words has it;
/// with several ("Hillary Clinton", "Bill Clinton") it is a shared surname, reported apart and counted for none.
/// Entities of other types with a person's full name join that person, since a person labelled a place or an
/// organisation is as split as one with two Person entities; a one-word name of another type joins nobody, since
/// "Israel" the place is not a split of "Steve Israel". Before the key is taken, leading titles ("President", "Mr.") and
/// function words ("Given") are dropped, a function word inside the name ends it ("Xi Jinping of China"), a trailing
/// "'s" goes, and a generational suffix stays with the surname ("Donald Trump Jr." is someone else).
/// </summary>
internal static class PersonGrouper
{
    public const string PersonType = "Person";

    /// <summary>Titles before a name, not part of it; only those that do not also open the names of organisations or places.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.", "Professor", "President", "Vice",
        "Prime", "Minister", "Secretary", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman",
        "Governor", "Gov.", "Mayor", "Judge", "Gen.", "Lt.", "Col.", "Colonel", "Sgt.", "Capt.", "Ambassador",
        "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Sir", "Rev.", "Reverend", "Ayatollah",
        "Chairman", "Chairwoman", "Candidate", "Nominee",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    public static PersonGrouping Group(IEnumerable<EntitySummaryResponse> entities)
    {
        var named = entities
            .Select(e => (Entity: e, Name: NameOf(e.Name)))
            .Where(x => x.Name is not null)
            .Select(x => (x.Entity, Name: x.Name!.Value))
            .ToList();
        var fullNames = named
            .Where(x => x.Entity.Type == PersonType && x.Name.First is not null)
            .Select(x => x.Name)
            .ToHashSet();
        var fullNamesBySurname = fullNames.ToLookup(n => n.Surname);
        var oneWordPeople = named
            .Where(x => x.Entity.Type == PersonType && x.Name.First is null && !fullNamesBySurname.Contains(x.Name.Surname))
            .Select(x => x.Name)
            .ToHashSet();

        var members = new Dictionary<PersonName, List<EntitySummaryResponse>>();
        var shared = new Dictionary<string, List<EntitySummaryResponse>>(StringComparer.Ordinal);
        foreach (var (entity, name) in named)
        {
            PersonName? person = null;
            if (name.First is not null)
            {
                person = fullNames.Contains(name) ? name : null;
            }
            else if (entity.Type == PersonType && fullNamesBySurname[name.Surname].Take(2).ToList() is { Count: > 0 } candidates)
            {
                if (candidates.Count == 1)
                {
                    person = candidates[0];
                }
                else
                {
                    Add(shared, name.Surname, entity);
                }
            }
            else if (entity.Type == PersonType && oneWordPeople.Contains(name))
            {
                person = name;
            }

            if (person is { } key)
            {
                Add(members, key, entity);
            }
        }

        var groups = members
            .OrderBy(m => m.Key.Surname, StringComparer.Ordinal)
            .ThenBy(m => m.Key.First, StringComparer.Ordinal)
            .Select(m => (m.Key.Surname, Group: new PersonGroup(m.Value)))
            .ToList();
        var people = groups.ToLookup(g => g.Surname, g => g.Group.Largest.Name);
        var surnames = shared
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SharedSurname(s.Value.MaxBy(e => e.MentionCount)!.Name, s.Value, people[s.Key].ToList()))
            .ToList();
        return new PersonGrouping(groups.Select(g => g.Group).ToList(), surnames);
    }

    /// <summary>
    /// The articles the entities appear in together, from their details; null when a detail lists fewer articles
    /// than the entity appears in (the API lists at most 50), so the union would be too low.
    /// </summary>
    public static int? DistinctArticleCount(IEnumerable<EntityDetailResponse> details)
    {
        var articles = new HashSet<int>();
        foreach (var detail in details)
        {
            if (detail.Articles.Count < detail.ArticleCount)
            {
                return null;
            }

            articles.UnionWith(detail.Articles.Select(a => a.Id));
        }

        return articles.Count;
    }

    /// <summary>The person's key for an entity name; null when no word is left, or the name has none (punctuation only).</summary>
    internal static PersonName? NameOf(string name)
    {
        var words = WhoWordLexicon.Words(name).ToList();
        while (words.Count > 1 && (Titles.Contains(words[0]) || WhoWordLexicon.OpeningFunctionWord(words[0]) is not null))
        {
            words.RemoveAt(0);
        }

        // A function word inside the name ends it: "Xi Jinping of China" is Xi Jinping, not a person called China.
        var end = words.Count > 1 ? words.FindIndex(1, word => WhoWordLexicon.OpeningFunctionWord(word) is not null) : -1;
        if (end > 0)
        {
            words.RemoveRange(end, words.Count - end);
        }

        if (words.Count > 0)
        {
            words[^1] = StripPossessive(words[^1]);
        }

        // "Donald Trump Jr." is not "Donald Trump": the suffix stays with the surname.
        var suffix = "";
        if (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            suffix = " " + words[^1].TrimEnd('.').ToLowerInvariant();
            words.RemoveAt(words.Count - 1);
        }

        words.RemoveAll(word => word.Length == 0);
        return words.Count switch
        {
            0 => null,
            1 => new PersonName(null, words[0].ToLowerInvariant() + suffix),
            _ => new PersonName(words[0].ToLowerInvariant(), words[^1].ToLowerInvariant() + suffix),
        };
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word.TrimEnd('\'');

    private static void Add<TKey>(Dictionary<TKey, List<EntitySummaryResponse>> lists, TKey key, EntitySummaryResponse entity)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(entity);
    }
}
