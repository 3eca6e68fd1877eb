using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Corrections;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Entities;

/// <summary>
/// Finds or creates the corpus-wide entity of each entity an article names. An exact name (type and key) is the same
/// entity. Otherwise a surname alone ("Obama") joins the person the corpus makes it stand for: the only stored person
/// with that surname, or the one who holds <see cref="DominantShare"/> of the name mentions of all of them (Barack
/// beside Michelle Obama; not Hillary beside Bill Clinton). A one-word place, organisation or other name that is such a
/// person's surname, and no known place or body, is that person too, and a name the corpus already knows under another
/// type, often enough, is that entity: the tagger slipped. A full name gives its name to
/// a stored surname-only person that no other person shares, and a surname stored alone while it was ambiguous yields,
/// in later articles, to the person the corpus has since made it stand for. A full name joins the one person stored with
/// other middle names ("Hillary Rodham Clinton"), and a person with where they work tagged a body ("Chris Wallace of Fox
/// News") joins the person the corpus knows. A name of two or more words stored under several types, one of them
/// dominant, is settled: the other entities, the tagger's slips, are merged into it. Every such join is recorded with
/// its reason (<see cref="EntityLink"/>), and the record settles the name for every later article.
/// </summary>
internal static class EntityLinker
{
    /// <summary>The share of a surname's name mentions one person needs before the surname alone is taken for them.</summary>
    public const double DominantShare = 0.9;

    /// <summary>Name mentions an entity needs before a name of another type is taken for a slip of the tagger.</summary>
    private const int MinMentionsForTypeSlip = 5;

    /// <summary>People with one surname that are weighed against each other; more makes the surname too common to settle.</summary>
    private const int MaxNamesakes = 20;

    /// <summary>The length of <see cref="EntityLink.Reason"/>'s column.</summary>
    private const int MaxReasonLength = 500;

    public static async Task<Entity[]> LinkAsync(NewsDbContext db, AnalysisDocument document, DateTime now, CancellationToken cancellationToken)
    {
        var keys = document.Entities.Select(e => Entity.KeyOf(e.Type, e.Name)).Distinct().ToList();
        var known = await db.Entities.Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, cancellationToken);
        var settled = await SettleSplitTypesAsync(db, document, now, cancellationToken);
        var names = document.Entities.Select(e => e.Name).Distinct().ToList();
        var links = await LinkedEntitiesAsync(db, document, names, cancellationToken);
        var sameNames = await EntitiesOfTheNamesAsync(db, names, cancellationToken);
        var linked = new Entity[document.Entities.Count];
        for (var i = 0; i < linked.Length; i++)
        {
            var found = document.Entities[i];
            var key = Entity.KeyOf(found.Type, found.Name);
            if (settled.TryGetValue((found.Name, found.Type), out var settledEntity))
            {
                linked[i] = known[key] = settledEntity;
                continue;
            }

            if (known.TryGetValue(key, out var entity) && entity.Id > 0 && found.Type == EntityType.Person && !found.Name.Contains(' '))
            {
                // A surname stored alone while it was ambiguous ("Cruz") yields to the person the corpus has since made it
                // stand for; its earlier mentions stay where they are.
                if (links.TryGetValue((found.Name, found.Type), out var linkedTo))
                {
                    entity = linkedTo;
                }
                else if (await PersonOfSurnameAsync(db, found.Name, 1, cancellationToken) is { } person && person.Entity.Id != entity.Id)
                {
                    entity = person.Entity;
                    db.EntityLinks.Add(new EntityLink { Entity = entity, Name = found.Name, Type = found.Type, Reason = Bounded(person.Reason), CreatedAt = now });
                }

                known[key] = entity;
            }
            else if (entity is null)
            {
                // A name joined once stands for that entity from then on, for the linker's joins and users' merges alike.
                entity = links.GetValueOrDefault((found.Name, found.Type));
                if (entity is null && await JoinAsync(db, document, found, sameNames, cancellationToken) is { } join)
                {
                    entity = join.Entity;
                    db.EntityLinks.Add(new EntityLink { Entity = entity, Name = found.Name, Type = found.Type, Reason = Bounded(join.Reason), CreatedAt = now });
                }

                entity ??= new Entity { Name = found.Name, Type = found.Type, Key = key };
                known[key] = entity;
            }

            linked[i] = entity;
        }

        // New entities are inserted in key order, so that two ingestions creating some of the same entities
        // take their index locks in the same order and one waits for the other instead of deadlocking.
        foreach (var created in linked.Where(e => e.Id == 0).Distinct().OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            db.Entities.Add(created);
        }

        return linked;
    }

    /// <summary>The entity each of the article's names and types is linked to, read in one query.</summary>
    private static async Task<Dictionary<(string Name, EntityType Type), Entity>> LinkedEntitiesAsync(
        NewsDbContext db, AnalysisDocument document, List<string> names, CancellationToken cancellationToken)
    {
        var types = document.Entities.Select(e => e.Type).Distinct().ToList();
        var links = await db.EntityLinks
            .Where(l => types.Contains(l.Type) && names.Contains(l.Name))
            .OrderBy(l => l.Id)
            .Select(l => new { l.Name, l.Type, Entity = l.Entity! })
            .ToListAsync(cancellationToken);
        var byName = new Dictionary<(string, EntityType), Entity>();
        foreach (var link in links)
        {
            byName.TryAdd((link.Name, link.Type), link.Entity);
        }

        return byName;
    }

    /// <summary>The stored entities that bear one of the article's names, under any type, with their name mentions; read in one query.</summary>
    private static async Task<ILookup<string, NamedEntity>> EntitiesOfTheNamesAsync(
        NewsDbContext db, List<string> names, CancellationToken cancellationToken)
    {
        var entities = await db.Entities
            .Where(e => names.Contains(e.Name))
            .OrderBy(e => e.Id)
            .Select(e => new NamedEntity(e, e.NameMentionCount))
            .ToListAsync(cancellationToken);
        return entities.ToLookup(e => e.Entity.Name, StringComparer.Ordinal);
    }

    /// <summary>The reason cut to its column's length: it names people, whose names may be long.</summary>
    private static string Bounded(string reason) => reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 1)] + "\u2026";

    /// <summary>The stored entity a name without an exact match stands for, with the reason; null when it is new.</summary>
    private static async Task<(Entity Entity, string Reason)?> JoinAsync(
        NewsDbContext db, AnalysisDocument document, ArticleEntity found, ILookup<string, NamedEntity> sameNames, CancellationToken cancellationToken)
    {
        if (SameNameOfAnotherType(found, sameNames) is { } other)
        {
            return other;
        }

        var parts = found.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (found.Type == EntityType.Person)
        {
            return parts.Length == 1
                ? await PersonOfSurnameAsync(db, found.Name, 1, cancellationToken)
                : await PersonWithOtherMiddleNamesAsync(db, found.Name, parts, cancellationToken)
                    ?? await UpgradeSurnameOnlyAsync(db, found.Name, parts[^1], cancellationToken);
        }

        // A gazetteer name (a country, a city, a body) is what the gazetteer says it is, whoever shares it.
        if (found.Mentions.Any(m => document.Mentions[m].CanonicalName is not null))
        {
            return null;
        }

        if (parts.Length > 3 && await PersonOfAnAffiliationAsync(db, found, cancellationToken) is { } affiliated)
        {
            return affiliated;
        }

        if (parts.Length != 1)
        {
            return null;
        }

        if (await PersonOfSurnameAsync(db, found.Name, MinMentionsForTypeSlip, cancellationToken) is not { } person)
        {
            return null;
        }

        var typed = found.Type.ToString().ToLowerInvariant();
        return (person.Entity, $"Tagged {typed} here, read as the person: {person.Reason}");
    }

    /// <summary>
    /// "Bill O'Reilly of Fox News" tagged an organisation names the person and where they work: when the words before
    /// " of " are a person the corpus names at least <see cref="MinMentionsForTypeSlip"/> times, the name is that person.
    /// </summary>
    private static async Task<(Entity Entity, string Reason)?> PersonOfAnAffiliationAsync(
        NewsDbContext db, ArticleEntity found, CancellationToken cancellationToken)
    {
        var of = found.Name.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0 || !found.Name[..of].Contains(' '))
        {
            return null;
        }

        var key = Entity.KeyOf(EntityType.Person, found.Name[..of]);
        var person = await db.Entities
            .Where(e => e.Key == key)
            .Select(e => new { Entity = e, Mentions = e.NameMentionCount })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null || person.Mentions < MinMentionsForTypeSlip)
        {
            return null;
        }

        var typed = found.Type.ToString().ToLowerInvariant();
        return (person.Entity, string.Create(
            CultureInfo.InvariantCulture,
            $"Tagged {typed} here; it names {person.Entity.Name}, a person the corpus names {person.Mentions} times, and where they work."));
    }

    /// <summary>
    /// The entity stored under this very name with another type, when the corpus names it so at least
    /// <see cref="MinMentionsForTypeSlip"/> times: "Barack Obama" tagged an organisation once is the person, "Brookings
    /// Institution" tagged a person once is the organisation. The most named of them wins.
    /// </summary>
    private static (Entity Entity, string Reason)? SameNameOfAnotherType(ArticleEntity found, ILookup<string, NamedEntity> sameNames)
    {
        var top = sameNames[found.Name].Where(o => o.Entity.Type != found.Type).MaxBy(o => o.Mentions);
        if (top is null || top.Mentions < MinMentionsForTypeSlip)
        {
            return null;
        }

        var typed = found.Type.ToString().ToLowerInvariant();
        var stored = top.Entity.Type.ToString().ToLowerInvariant();
        return (top.Entity, $"Tagged {typed} here; the corpus names {found.Name} as {Article(stored)} {stored} {top.Mentions} times.");
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>The person a surname alone stands for, by the rule in the summary, when they have at least <paramref name="minMentions"/> name mentions.</summary>
    private static async Task<(Entity Entity, string Reason)?> PersonOfSurnameAsync(
        NewsDbContext db, string surname, int minMentions, CancellationToken cancellationToken)
    {
        var namesakes = await db.Entities
            .Where(e => e.Type == EntityType.Person && e.Surname == surname)
            .OrderBy(e => e.Id)
            .Take(MaxNamesakes + 1)
            .ToListAsync(cancellationToken);
        if (namesakes.Count is 0 or > MaxNamesakes)
        {
            return null;
        }

        var counts = await NameMentionCountsAsync(db, namesakes.Select(e => e.Id).ToList(), cancellationToken);
        var total = counts.Values.Sum();
        var top = namesakes.MaxBy(e => counts.GetValueOrDefault(e.Id))!;
        var mentions = counts.GetValueOrDefault(top.Id);
        if (mentions < minMentions)
        {
            return null;
        }

        if (namesakes.Count == 1)
        {
            return (top, $"{top.Name} is the only person named {surname} in the corpus.");
        }

        var share = (double)mentions / total;
        if (share < DominantShare)
        {
            return null;
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{top.Name} holds {mentions} of the {total} name mentions ({share:P0}) of the {namesakes.Count} people named {surname} in the corpus.");
        return (top, reason);
    }

    /// <summary>
    /// The one stored person whose name has the same first and last word and middle names that agree: "Hillary Rodham
    /// Clinton" and "Hillary Clinton", "Franklin D. Roosevelt" and "Franklin Delano Roosevelt". A name without middle
    /// names joins a stored one with them only when no other such person is known, and a name with them joins a stored
    /// one without them only when no stored person has other middle names ("George H.W. Bush" leaves "George Bush" alone
    /// beside "George W. Bush").
    /// </summary>
    private static async Task<(Entity Entity, string Reason)?> PersonWithOtherMiddleNamesAsync(
        NewsDbContext db, string name, string[] parts, CancellationToken cancellationToken)
    {
        var (first, last) = (parts[0], parts[^1]);
        var prefix = first + " ";
        var namesakes = (await db.Entities
                .Where(e => e.Type == EntityType.Person && e.Surname == last && e.Name.StartsWith(prefix) && e.Name != name)
                .OrderBy(e => e.Id)
                .Take(MaxNamesakes + 1)
                .ToListAsync(cancellationToken))
            .Select(e => (Entity: e, Parts: e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(n => n.Parts.Length >= 2 && n.Parts[0] == first && n.Parts[^1] == last)
            .ToList();
        var middles = parts[1..^1];
        var agreeing = namesakes.Where(n => MiddleNamesAgree(middles, n.Parts[1..^1])).ToList();
        if (namesakes.Count > MaxNamesakes || agreeing.Count != 1)
        {
            return null;
        }

        var (entity, stored) = agreeing[0];
        if (middles.Length > 0 && stored.Length == 2 && namesakes.Count > 1)
        {
            return null;
        }

        return (entity, $"{name} and {entity.Name} differ only in middle names, and no other person named {first} … {last} is known.");
    }

    /// <summary>No middle names on one side, or as many on both, each the same word or an initial of the other's.</summary>
    private static bool MiddleNamesAgree(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!MiddleNameAgrees(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MiddleNameAgrees(string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (initial, full) = a.TrimEnd('.').Length == 1 ? (a, b) : (b, a);
        return initial.TrimEnd('.').Length == 1 && full.TrimEnd('.').Length > 1 && char.ToUpperInvariant(full[0]) == char.ToUpperInvariant(initial[0]);
    }

    /// <summary>
    /// Names of two or more words that the corpus holds under several types, one of which it names, with this
    /// article's names, at least <see cref="MinMentionsForTypeSlip"/> times and twice as often as any other ("Long Island" a place 9 times and a
    /// person 4): the others were the tagger's slips. Their entities are merged into the dominant one, with their
    /// mentions, quotes and claims, and their names and types are linked to it with the reason; an entity a user has
    /// corrected (renamed, retyped, merged into or split off) stays as the user left it. Returns the entity each settled name and type now stands for.
    /// </summary>
    private static async Task<Dictionary<(string Name, EntityType Type), Entity>> SettleSplitTypesAsync(
        NewsDbContext db, AnalysisDocument document, DateTime now, CancellationToken cancellationToken)
    {
        var settled = new Dictionary<(string, EntityType), Entity>();
        var names = document.Entities.Select(e => e.Name).Where(n => n.Contains(' ')).Distinct().ToList();
        if (names.Count == 0)
        {
            return settled;
        }

        var inArticle = document.Entities
            .GroupBy(e => (e.Name, e.Type))
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Mentions.Count));
        var split = (await db.Entities.AsNoTracking()
                .Where(e => names.Contains(e.Name))
                .Select(e => new { e.Id, e.Name, e.Type })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.Name)
            .Where(g => g.Count() > 1)
            .ToList();
        foreach (var group in split)
        {
            var ids = group.Select(e => e.Id).ToList();
            // This article's names count too: the mention that makes a type dominant settles the name now, not at
            // the next article that happens to name it.
            var counts = await NameMentionCountsAsync(db, ids, cancellationToken);
            foreach (var entity in group)
            {
                counts[entity.Id] = counts.GetValueOrDefault(entity.Id) + inArticle.GetValueOrDefault((entity.Name, entity.Type));
            }

            var ranked = ids.OrderByDescending(id => counts.GetValueOrDefault(id)).ToList();
            var (top, runnerUp) = (counts.GetValueOrDefault(ranked[0]), counts.GetValueOrDefault(ranked[1]));
            if (top < MinMentionsForTypeSlip || top < 2 * runnerUp)
            {
                continue;
            }

            var corrected = (await db.Corrections
                    .Where(c => (c.EntityId != null && ids.Contains(c.EntityId.Value)) || (c.TargetEntityId != null && ids.Contains(c.TargetEntityId.Value)))
                    .Select(c => new { c.EntityId, c.TargetEntityId })
                    .ToListAsync(cancellationToken))
                .SelectMany(c => new[] { c.EntityId, c.TargetEntityId })
                .OfType<int>()
                .ToHashSet();
            var locked = await RowLocks.EntitiesAsync(db, ids.Where(id => !corrected.Contains(id)), cancellationToken);
            var dominant = locked.Find(e => e.Id == ranked[0]);
            if (dominant is null)
            {
                continue;
            }

            settled[(dominant.Name, dominant.Type)] = dominant;
            foreach (var slip in locked.Where(e => e.Id != dominant.Id))
            {
                var reason = $"Tagged {EntityTypeWords.Described(slip.Type)} {Times(counts.GetValueOrDefault(slip.Id))} and {EntityTypeWords.Described(dominant.Type)} {Times(top)} in the corpus; the other types were slips.";
                await EntityRows.MoveAllAsync(db, slip, dominant, cancellationToken);
                await EntityRows.LinkNameAsync(db, slip.Type, slip.Name, dominant, Bounded(reason), now, cancellationToken);
                db.Entities.Remove(slip);
                settled[(slip.Name, slip.Type)] = dominant;
            }
        }

        return settled;
    }

    /// <summary>
    /// How many name mentions each of the entities has (the kept <see cref="Entity.NameMentionCount"/>, read afresh: a
    /// tracked entity may predate a merge in this transaction); an entity without any is absent.
    /// </summary>
    private static Task<Dictionary<int, int>> NameMentionCountsAsync(NewsDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        db.Entities
            .Where(e => ids.Contains(e.Id) && e.NameMentionCount > 0)
            .Select(e => new { e.Id, e.NameMentionCount })
            .ToDictionaryAsync(e => e.Id, e => e.NameMentionCount, cancellationToken);

    private static string Times(int count) => count == 1 ? "once" : string.Create(CultureInfo.InvariantCulture, $"{count} times");

    /// <summary>A stored surname-only person ("Putin") that no other stored person shares becomes this full name's person.</summary>
    private static async Task<(Entity Entity, string Reason)?> UpgradeSurnameOnlyAsync(
        NewsDbContext db, string name, string surname, CancellationToken cancellationToken)
    {
        var surnameOnly = await db.Entities
            .FirstOrDefaultAsync(e => e.Type == EntityType.Person && e.Name == surname, cancellationToken);
        if (surnameOnly is null)
        {
            return null;
        }

        // A surname stored alone because several people share it ("Clinton") stays apart.
        if (await db.Entities.AnyAsync(e => e.Type == EntityType.Person && e.Surname == surname, cancellationToken))
        {
            return null;
        }

        // The stored "Putin" was this person all along: give it the full name, and keep the surname's record.
        surnameOnly.Name = name;
        surnameOnly.Key = Entity.KeyOf(EntityType.Person, name);
        return (surnameOnly, $"{surname} was stored alone until {name} was named; no other person named {surname} was known.");
    }
}

/// <summary>A stored entity with its name mentions, read together.</summary>
internal sealed record NamedEntity(Entity Entity, int Mentions);
