using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Entities;

/// <summary>
/// Keeps <see cref="Core.Domain.Entity.MentionCount"/> in step: every change that adds, removes or moves mentions
/// (an ingestion, an article's deletion, a merge by a user or by the linker, a split) adds its changes in the same
/// transaction. Rows are changed in the order of their ids, last in an ingestion's transaction, so that two replicas
/// naming the same people lock their rows briefly and in one order.
/// </summary>
internal static class EntityMentionCounts
{
    public static async Task AddAsync(NewsDbContext db, IEnumerable<(int EntityId, int Change)> changes, CancellationToken cancellationToken)
    {
        var sums = changes.GroupBy(c => c.EntityId)
            .Select(g => (EntityId: g.Key, Change: g.Sum(c => c.Change)))
            .Where(c => c.Change != 0)
            .OrderBy(c => c.EntityId)
            .ToList();
        if (sums.Count == 0)
        {
            return;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """UPDATE "Entities" SET "MentionCount" = "MentionCount" + @change WHERE "Id" = @id""";
        var change = Parameter(command, "change");
        var id = Parameter(command, "id");
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var sum in sums)
            {
                change.Value = sum.Change;
                id.Value = sum.EntityId;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Moves <paramref name="count"/> mentions' worth from one entity to another.</summary>
    public static Task MoveAsync(NewsDbContext db, int fromId, int toId, int count, CancellationToken cancellationToken) =>
        AddAsync(db, [(fromId, -count), (toId, count)], cancellationToken);

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = System.Data.DbType.Int32;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
