using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Entities;

/// <summary>
/// Finds or creates the corpus-wide entity of each entity an article names. A surname alone ("Putin")
/// joins the one stored person with that surname; a full name upgrades a stored surname-only person.
/// </summary>
internal static class EntityLinker
{
    public static async Task<Entity[]> LinkAsync(NewsDbContext db, AnalysisDocument document, CancellationToken cancellationToken)
    {
        var keys = document.Entities.Select(e => Entity.KeyOf(e.Type, e.Name)).Distinct().ToList();
        var known = await db.Entities.Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, cancellationToken);
        var linked = new Entity[document.Entities.Count];
        for (var i = 0; i < linked.Length; i++)
        {
            var found = document.Entities[i];
            var key = Entity.KeyOf(found.Type, found.Name);
            if (!known.TryGetValue(key, out var entity))
            {
                entity = found.Type == EntityType.Person
                    ? await FindPersonByPartialNameAsync(db, found.Name, cancellationToken)
                    : null;
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

    private static async Task<Entity?> FindPersonByPartialNameAsync(NewsDbContext db, string name, CancellationToken cancellationToken)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            var suffix = " " + name;
            var candidates = await db.Entities
                .Where(e => e.Type == EntityType.Person && e.Name.EndsWith(suffix))
                .Take(2)
                .ToListAsync(cancellationToken);
            return candidates.Count == 1 ? candidates[0] : null;
        }

        var surname = parts[^1];
        var surnameOnly = await db.Entities
            .FirstOrDefaultAsync(e => e.Type == EntityType.Person && e.Name == surname, cancellationToken);
        if (surnameOnly is null)
        {
            return null;
        }

        // The stored "Putin" was this person all along: give it the full name.
        surnameOnly.Name = name;
        surnameOnly.Key = Entity.KeyOf(EntityType.Person, name);
        return surnameOnly;
    }
}
