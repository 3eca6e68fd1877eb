using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        private static readonly (string Index, string Table, string[] Columns)[] Indexes =
        [
            ("ArticleSearch", "Articles", ["Title", "Body"]),
            ("QuoteSearch", "Quotes", ["Text"]),
            ("ClaimSearch", "Claims", ["Text"]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 indexes over the text columns, kept in step by triggers; EF's model does not see them.
            foreach (var (index, table, columns) in Indexes)
            {
                var list = string.Join(", ", columns);
                var newValues = string.Join(", ", columns.Select(c => "new." + c));
                var oldValues = string.Join(", ", columns.Select(c => "old." + c));
                migrationBuilder.Sql($"CREATE VIRTUAL TABLE {index} USING fts5({list}, content='{table}', content_rowid='Id', tokenize='porter unicode61');");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {newValues}); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {oldValues}); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_au AFTER UPDATE ON {table} BEGIN INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {oldValues}); INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {newValues}); END;");
                migrationBuilder.Sql($"INSERT INTO {index}({index}) VALUES ('rebuild');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (index, _, _) in Indexes)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_ai;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_ad;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_au;");
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {index};");
            }
        }
    }
}
