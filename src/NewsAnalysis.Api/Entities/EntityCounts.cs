using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsAnalysis.Api.Corrections;
using NewsAnalysis.Api.Statements;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Entities;

/// <summary>
/// Keeps what lists read about an entity in step with its mentions and statements (issue 16):
/// <see cref="Entity.MentionCount"/>, <see cref="Entity.NameMentionCount"/>, <see cref="Entity.ArticleCount"/>,
/// <see cref="Entity.QuoteCount"/>, <see cref="Entity.ClaimCount"/> and its <see cref="EntityAlias"/> rows. An article
/// stored or deleted adds or takes away its own; a merge, a split or a speaker correction, which move mentions or
/// statements between entities, recounts the entities concerned from the stored rows. Each runs in the transaction
/// that makes the change.
/// Rows are changed in the order of their keys, last in an ingestion's transaction, so that two replicas naming the
/// same people lock their rows briefly and in one order.
/// </summary>
internal static class EntityCounts
{
    /// <summary>
    /// Adds an article's mentions and statements (<paramref name="sign"/> 1, once it is stored) or takes them away (-1,
    /// as it is deleted). A statement counts once for its entity and for each entity named in its speaker's words when
    /// they are a coordinated subject, as the lists select them (<see cref="StatementProjections.SpokenBy"/>).
    /// </summary>
    public static async Task AddArticleAsync(
        NewsDbContext db, IReadOnlyList<NamedMention> mentions, IReadOnlyList<Attributed> statements, int sign, CancellationToken cancellationToken)
    {
        if (mentions.Count == 0 && statements.Count == 0)
        {
            return;
        }

        var names = mentions.Where(m => m.Kind == MentionKind.Name).OrderBy(m => m.Start).ToList();
        var changes = new SortedDictionary<int, Change>();
        Change Of(int id) => changes.TryGetValue(id, out var change) ? change : changes[id] = new Change();
        foreach (var mention in mentions)
        {
            var change = Of(mention.EntityId);
            change.Mentions++;
            change.Names += mention.Kind == MentionKind.Name ? 1 : 0;
            change.Articles = 1;
        }

        foreach (var statement in statements)
        {
            foreach (var id in SpeakersOf(statement, names))
            {
                var change = Of(id);
                change.Quotes += statement.IsQuote ? 1 : 0;
                change.Claims += statement.IsQuote ? 0 : 1;
            }
        }

        var aliases = mentions.Where(m => m.Kind == MentionKind.Name)
            .GroupBy(m => (m.EntityId, m.Text))
            .Select(g => (g.Key.EntityId, g.Key.Text, Count: g.Count()))
            .OrderBy(a => a.EntityId)
            .ThenBy(a => a.Text, StringComparer.Ordinal)
            .ToList();
        await using var connection = await OpenAsync(db, cancellationToken);
        await using (var update = connection.Command(
            """
            UPDATE "Entities" SET "MentionCount" = "MentionCount" + @mentions, "NameMentionCount" = "NameMentionCount" + @names,
                "ArticleCount" = "ArticleCount" + @articles, "QuoteCount" = "QuoteCount" + @quotes, "ClaimCount" = "ClaimCount" + @claims
            WHERE "Id" = @id
            """))
        {
            foreach (var (id, change) in changes)
            {
                await update.RunAsync(
                    cancellationToken,
                    ("mentions", sign * change.Mentions),
                    ("names", sign * change.Names),
                    ("articles", sign * change.Articles),
                    ("quotes", sign * change.Quotes),
                    ("claims", sign * change.Claims),
                    ("id", id));
            }
        }

        await using (var alias = connection.Command(sign > 0
            ? """INSERT INTO "EntityAliases" ("EntityId", "Text", "Count") VALUES (@id, @text, @count) ON CONFLICT ("EntityId", "Text") DO UPDATE SET "Count" = "EntityAliases"."Count" + excluded."Count" """
            : """UPDATE "EntityAliases" SET "Count" = "Count" - @count WHERE "EntityId" = @id AND "Text" = @text"""))
        {
            foreach (var (entityId, text, count) in aliases)
            {
                await alias.RunAsync(cancellationToken, ("id", entityId), ("text", text), ("count", count));
            }
        }

        if (sign < 0)
        {
            var ids = aliases.Select(a => a.EntityId).Distinct().ToList();
            await db.EntityAliases.Where(a => ids.Contains(a.EntityId) && a.Count <= 0).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The entities a statement counts for, each once: its own, and each one named inside its speaker's words when they
    /// are a coordinated subject. <paramref name="names"/> are the article's name mentions in order of their start.
    /// </summary>
    private static IEnumerable<int> SpeakersOf(Attributed statement, List<NamedMention> names)
    {
        var speakers = new HashSet<int>();
        if (statement.EntityId is { } id && speakers.Add(id))
        {
            yield return id;
        }

        if (statement.IsGroup && statement.Start is { } start && statement.End is { } end)
        {
            for (var i = FirstAtOrAfter(names, start); i < names.Count && names[i].Start < end; i++)
            {
                if (names[i].End <= end && speakers.Add(names[i].EntityId))
                {
                    yield return names[i].EntityId;
                }
            }
        }
    }

    private static int FirstAtOrAfter(List<NamedMention> names, int start)
    {
        var (low, high) = (0, names.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = names[middle].Start < start ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// Counts the entities' mentions, name mentions, articles, quotes, claims and aliases afresh, after a merge, a split
    /// or a speaker correction moved mentions or statements. Their rows are locked first, so that an ingestion naming them at the same time adds its own mentions
    /// after the recount, never inside it.
    /// </summary>
    public static async Task RecountAsync(NewsDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await RowLocks.EntitiesAsync(db, ids, cancellationToken);
        foreach (var id in ids.Distinct().Order())
        {
            // The statements the entity's lists show, selected by the lists' own rule.
            var quotes = await db.Quotes.SpokenBy(id).CountAsync(cancellationToken);
            var claims = await db.Claims.ClaimedBy(id).CountAsync(cancellationToken);
            await db.Entities.Where(e => e.Id == id).ExecuteUpdateAsync(
                s => s
                    .SetProperty(e => e.MentionCount, e => db.Mentions.Count(m => m.EntityId == e.Id))
                    .SetProperty(e => e.NameMentionCount, e => db.Mentions.Count(m => m.EntityId == e.Id && m.Kind == MentionKind.Name))
                    .SetProperty(e => e.ArticleCount, e => db.Mentions.Where(m => m.EntityId == e.Id).Select(m => m.ArticleId).Distinct().Count())
                    .SetProperty(e => e.QuoteCount, quotes)
                    .SetProperty(e => e.ClaimCount, claims),
                cancellationToken);
            await db.EntityAliases.Where(a => a.EntityId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "EntityAliases" ("EntityId", "Text", "Count") SELECT "EntityId", "Text", COUNT(*) FROM "Mentions" WHERE "EntityId" = {id} AND "Kind" = 'Name' GROUP BY "EntityId", "Text" """,
                cancellationToken);
        }
    }

    private static async Task<OpenConnection> OpenAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new OpenConnection(db);
    }

    /// <summary>An entity's changes in one article.</summary>
    private sealed class Change
    {
        public int Mentions { get; set; }

        public int Names { get; set; }

        public int Articles { get; set; }

        public int Quotes { get; set; }

        public int Claims { get; set; }
    }

    /// <summary>The context's connection, held open for a few commands in its current transaction.</summary>
    private sealed class OpenConnection(NewsDbContext db) : IAsyncDisposable
    {
        public Statement Command(string sql)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            return new Statement(command);
        }

        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }

    /// <summary>A command run several times with new values for its named parameters.</summary>
    private sealed class Statement(DbCommand command) : IAsyncDisposable
    {
        public async Task RunAsync(CancellationToken cancellationToken, params (string Name, object Value)[] values)
        {
            foreach (var (name, value) in values)
            {
                var parameter = command.Parameters.Contains(name) ? command.Parameters[name] : Added(name);
                parameter.Value = value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();

        private DbParameter Added(string name)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }
    }
}

/// <summary>What <see cref="EntityCounts"/> reads of a mention.</summary>
internal readonly record struct NamedMention(int EntityId, MentionKind Kind, string Text, int Start, int End);

/// <summary>What <see cref="EntityCounts"/> reads of a quote (<paramref name="IsQuote"/>) or a claim: who it is attributed to.</summary>
internal readonly record struct Attributed(bool IsQuote, int? EntityId, bool IsGroup, int? Start, int? End);
