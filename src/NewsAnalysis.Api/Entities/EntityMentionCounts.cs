using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Entities;

/// <summary>
/// Keeps <see cref="Core.Domain.Entity.MentionCount"/> and <see cref="Core.Domain.Entity.NameMentionCount"/> in step: every change that adds, removes or moves mentions
/// (an ingestion, an article's deletion, a merge by a user or by the linker, a split) adds its changes in the same
/// transaction. Rows are changed in the order of their ids, last in an ingestion's transaction, so that two replicas
/// naming the same people lock their rows briefly and in one order.
/// </summary>
internal static class EntityMentionCounts
{
    /// <summary>Adds each change (negative for mentions removed) to its entity's counts.</summary>
    public static async Task AddAsync(NewsDbContext db, IEnumerable<MentionCountChange> changes, CancellationToken cancellationToken)
    {
        var sums = changes.GroupBy(c => c.EntityId)
            .Select(g => new MentionCountChange(g.Key, g.Sum(c => c.Mentions), g.Sum(c => c.NameMentions)))
            .Where(c => c.Mentions != 0 || c.NameMentions != 0)
            .OrderBy(c => c.EntityId)
            .ToList();
        if (sums.Count == 0)
        {
            return;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """UPDATE "Entities" SET "MentionCount" = "MentionCount" + @mentions, "NameMentionCount" = "NameMentionCount" + @names WHERE "Id" = @id""";
        var mentions = Parameter(command, "mentions");
        var names = Parameter(command, "names");
        var id = Parameter(command, "id");
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var sum in sums)
            {
                mentions.Value = sum.Mentions;
                names.Value = sum.NameMentions;
                id.Value = sum.EntityId;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Moves <paramref name="mentions"/> mentions, <paramref name="nameMentions"/> of them by name, from one entity to another.</summary>
    public static Task MoveAsync(NewsDbContext db, int fromId, int toId, int mentions, int nameMentions, CancellationToken cancellationToken) =>
        AddAsync(db, [new(fromId, -mentions, -nameMentions), new(toId, mentions, nameMentions)], cancellationToken);

    /// <summary>The mentions, and the name mentions among them, that <paramref name="mentions"/> holds; read before they move.</summary>
    public static async Task<(int Mentions, int NameMentions)> CountAsync(IQueryable<Mention> mentions, CancellationToken cancellationToken)
    {
        var counts = await mentions.GroupBy(m => m.Kind == MentionKind.Name)
            .Select(g => new { ByName = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return (counts.Sum(c => c.Count), counts.Where(c => c.ByName).Sum(c => c.Count));
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = System.Data.DbType.Int32;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

/// <summary>A change to one entity's counts: all mentions, and those by name.</summary>
internal readonly record struct MentionCountChange(int EntityId, int Mentions, int NameMentions);
