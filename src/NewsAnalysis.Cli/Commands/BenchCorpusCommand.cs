using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `bench-corpus FILE --articles N`: grows an API's SQLite database, which holds articles ingested through the API, to
/// N articles for the query benchmark (issue 16), by copying the articles it holds, in rounds, with new ids, urls and
/// titles, and with every row that belongs to them: mentions, quotes, claims and quantities (the full-text index
/// follows through its triggers). The copies name the same entities, so each round adds to every entity's kept counts
/// and aliases what the copied articles add, counted once from the source articles by the lists' rule (a statement
/// counts for its speaker and for each entity named inside a coordinated subject, once). Each round is one
/// transaction, so the database is consistent after every round. The API must not be running on the file.
/// </summary>
internal static class BenchCorpusCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The API's SQLite database, holding ingested articles, migrated by this version" }
            .AcceptExistingFileOnly();
        var articles = new Option<int>("--articles") { Description = "How many articles the database holds at the end", HelpName = "N", Required = true }
            .AcceptRange(1, 10_000_000);
        var command = new Command("bench-corpus", "Grows a SQLite database to N articles by copying its articles and their rows; for bench-queries")
        {
            file, articles,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetRequiredValue(file), parseResult.GetValue(articles), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string file, int target, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite }.ToString());
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;", cancellationToken);

        var sources = (await ScalarsAsync(connection, """SELECT "Id" FROM "Articles" ORDER BY "Id" """, cancellationToken)).ToList();
        if (sources.Count == 0)
        {
            Console.Error.WriteLine($"{file} holds no article: ingest some first (bench-ingest or ingest)");
            return 2;
        }

        if (sources.Count >= target)
        {
            Console.WriteLine($"{file} already holds {sources.Count:N0} articles");
            return 0;
        }

        // Each table's ids are shifted by a multiple of its largest id, so no copy collides with a row or another copy.
        var span = new Dictionary<string, long>();
        foreach (var table in new[] { "Articles", "Mentions", "Quotes", "Claims", "Quantities" })
        {
            span[table] = (await ScalarsAsync(connection, $"""SELECT COALESCE(MAX("Id"), 0) FROM "{table}" """, cancellationToken)).Single();
        }

        var copies = new[]
        {
            await CopyAsync(connection, "Articles", "\"Id\" <= @last", cancellationToken, ("Id", "\"Id\" + @round * @articles"),
                ("Title", "\"Title\" || ' (copy ' || @round || ')'"), ("Url", "\"Url\" || '#copy-' || @round")),
            await CopyAsync(connection, "Mentions", "\"ArticleId\" <= @last", cancellationToken, ("Id", "\"Id\" + @round * @mentions"),
                ("ArticleId", "\"ArticleId\" + @round * @articles")),
            await CopyAsync(connection, "Quotes", "\"ArticleId\" <= @last", cancellationToken, ("Id", "\"Id\" + @round * @quotes"),
                ("ArticleId", "\"ArticleId\" + @round * @articles")),
            await CopyAsync(connection, "Claims", "\"ArticleId\" <= @last", cancellationToken, ("Id", "\"Id\" + @round * @claims"),
                ("ArticleId", "\"ArticleId\" + @round * @articles")),
            await CopyAsync(connection, "Quantities", "\"ClaimId\" IN (SELECT \"Id\" FROM \"Claims\" WHERE \"ArticleId\" <= @last)", cancellationToken,
                ("Id", "\"Id\" + @round * @quantities"), ("ClaimId", "\"ClaimId\" + @round * @claims")),
        };

        // What a round adds to the kept counts depends only on which source articles it copies: all of them, or the first
        // few in the last round. Both are counted once, before the copies, so that a round's cost does not grow.
        var rest = (target - sources.Count) % sources.Count;
        await CountGainAsync(connection, "GainAll", sources[^1], cancellationToken);
        await CountGainAsync(connection, "GainFirst", sources[(rest == 0 ? sources.Count : rest) - 1], cancellationToken);

        var held = sources.Count;
        for (var round = 1; held < target; round++)
        {
            var count = Math.Min(sources.Count, target - held);
            var last = sources[count - 1];
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var copy in copies)
            {
                await ExecuteAsync(connection, copy, cancellationToken,
                    ("round", round), ("last", last), ("articles", span["Articles"]), ("mentions", span["Mentions"]),
                    ("quotes", span["Quotes"]), ("claims", span["Claims"]), ("quantities", span["Quantities"]));
            }

            await AddGainAsync(connection, count == sources.Count ? "GainAll" : "GainFirst", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            held += count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {held:N0} articles, {watch.Elapsed.TotalSeconds:N0} s"));
        }

        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {held:N0} articles, {new FileInfo(file).Length / 1024.0 / 1024.0:N0} MB, {watch.Elapsed.TotalSeconds:N0} s"));
        return 0;
    }

    /// <summary>
    /// An INSERT … SELECT that copies the table's rows chosen by <paramref name="where"/>, every column as it is but
    /// those given an expression. The columns are read from the table, so a column added later is copied too.
    /// </summary>
    private static async Task<string> CopyAsync(
        SqliteConnection connection, string table, string where, CancellationToken cancellationToken, params (string Column, string Value)[] changed)
    {
        var columns = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""SELECT "name" FROM pragma_table_info('{table}') ORDER BY "cid" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => changed.FirstOrDefault(x => x.Column == c).Value ?? $"\"{c}\"");
        return $"""INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM "{table}" WHERE {where} ORDER BY "Id" """;
    }

    /// <summary>
    /// Counts into two temporary tables, <paramref name="name"/> and <paramref name="name"/>Aliases, what the source
    /// articles up to <paramref name="last"/> hold for each entity, which is what their copies add: mentions, name mentions,
    /// articles, and quotes and claims by the lists' rule (<c>StatementProjections.SpokenBy</c>: its own and those whose
    /// coordinated subject names it, each once), and each name's count.
    /// </summary>
    private static async Task CountGainAsync(SqliteConnection connection, string name, long last, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection,
            $"""
            CREATE TEMP TABLE "{name}" AS
            SELECT e."Id" AS "EntityId",
                (SELECT COUNT(*) FROM "Mentions" AS m WHERE m."EntityId" = e."Id" AND m."ArticleId" <= @last) AS "Mentions",
                (SELECT COUNT(*) FROM "Mentions" AS m WHERE m."EntityId" = e."Id" AND m."ArticleId" <= @last AND m."Kind" = 'Name') AS "Names",
                (SELECT COUNT(DISTINCT m."ArticleId") FROM "Mentions" AS m WHERE m."EntityId" = e."Id" AND m."ArticleId" <= @last) AS "Articles",
                (SELECT COUNT(*) FROM (
                    SELECT s."Id" FROM "Quotes" AS s WHERE s."SpeakerEntityId" = e."Id" AND s."ArticleId" <= @last
                    UNION
                    SELECT s."Id" FROM "Mentions" AS m JOIN "Quotes" AS s ON s."ArticleId" = m."ArticleId"
                    WHERE m."EntityId" = e."Id" AND m."ArticleId" <= @last AND m."Kind" = 'Name' AND s."SpeakerIsGroup"
                        AND m."Start" >= s."SpeakerStart" AND m."End" <= s."SpeakerEnd")) AS "Quotes",
                (SELECT COUNT(*) FROM (
                    SELECT s."Id" FROM "Claims" AS s WHERE s."ClaimantEntityId" = e."Id" AND s."ArticleId" <= @last
                    UNION
                    SELECT s."Id" FROM "Mentions" AS m JOIN "Claims" AS s ON s."ArticleId" = m."ArticleId"
                    WHERE m."EntityId" = e."Id" AND m."ArticleId" <= @last AND m."Kind" = 'Name' AND s."ClaimantIsGroup"
                        AND m."Start" >= s."ClaimantStart" AND m."End" <= s."ClaimantEnd")) AS "Claims"
            FROM "Entities" AS e;
            DELETE FROM "{name}" WHERE "Mentions" = 0 AND "Quotes" = 0 AND "Claims" = 0;
            CREATE TEMP TABLE "{name}Aliases" AS
            SELECT "EntityId", "Text", COUNT(*) AS "Count" FROM "Mentions" WHERE "ArticleId" <= @last AND "Kind" = 'Name' GROUP BY "EntityId", "Text";
            """,
            cancellationToken,
            ("last", last));
    }

    /// <summary>Adds a round's gain, counted by <see cref="CountGainAsync"/>, to the entities' kept counts and aliases.</summary>
    private static Task AddGainAsync(SqliteConnection connection, string name, CancellationToken cancellationToken) =>
        ExecuteAsync(connection,
            $"""
            UPDATE "Entities" SET "MentionCount" = "MentionCount" + g."Mentions", "NameMentionCount" = "NameMentionCount" + g."Names",
                "ArticleCount" = "ArticleCount" + g."Articles", "QuoteCount" = "QuoteCount" + g."Quotes", "ClaimCount" = "ClaimCount" + g."Claims"
            FROM "{name}" AS g WHERE g."EntityId" = "Entities"."Id";
            INSERT INTO "EntityAliases" ("EntityId", "Text", "Count") SELECT "EntityId", "Text", "Count" FROM "{name}Aliases" WHERE true
            ON CONFLICT ("EntityId", "Text") DO UPDATE SET "Count" = "EntityAliases"."Count" + excluded."Count";
            """,
            cancellationToken);

    private static async Task<List<long>> ScalarsAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("@" + name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
