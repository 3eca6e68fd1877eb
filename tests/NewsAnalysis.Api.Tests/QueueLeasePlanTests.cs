using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Api.Ingestion;
using NewsAnalysis.Infrastructure;
using NewsAnalysis.Infrastructure.Configurations;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// A lease reads the partial index of open items, not every item the table keeps: finished jobs stay for days, so a
/// lease that scanned the table would cost more with every article ingested in bulk (issue 16). Checked in the query
/// plan of the database the suite runs on; on PostgreSQL with sequential scans turned off, which leaves a scan only
/// where the index cannot serve the query.
/// </summary>
public sealed class QueueLeasePlanTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task LeaseAndItsEmptyQueueCheck_ReadTheOpenItemsIndex()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var now = DateTime.UtcNow;
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        var check = db.IngestionItems.Where(IngestionQueue.Leasable(now)).Select(i => i.Id).CreateDbCommand();
        var lease = connection.CreateCommand();
        lease.CommandText = (db.Database.IsNpgsql() ? IngestionQueue.LeasePostgres : IngestionQueue.LeaseSqlite)
            .Replace("{0}", "@until", StringComparison.Ordinal).Replace("{1}", "@now", StringComparison.Ordinal);
        AddParameter(lease, "@until", now.AddMinutes(2));
        AddParameter(lease, "@now", now);

        Assert.Contains(IngestionItemConfiguration.OpenItemsIndex, await PlanAsync(db, connection, check));
        Assert.Contains(IngestionItemConfiguration.OpenItemsIndex, await PlanAsync(db, connection, lease));
    }

    private static void AddParameter(DbCommand command, string name, DateTime value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The plan of <paramref name="command"/> as text; the statement itself is not run.</summary>
    private static async Task<string> PlanAsync(NewsDbContext db, DbConnection connection, DbCommand command)
    {
        if (db.Database.IsNpgsql())
        {
            await using var off = connection.CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        command.Connection = connection;
        command.CommandText = (db.Database.IsNpgsql() ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(f => reader.GetValue(f)?.ToString())));
        }

        return string.Join('\n', lines);
    }
}
