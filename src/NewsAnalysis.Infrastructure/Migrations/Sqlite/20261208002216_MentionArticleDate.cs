using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MentionArticleDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArticleDate",
                table: "Mentions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Each mention takes its article's date (published, else ingested), as ingestion sets it from now on.
            migrationBuilder.Sql("""UPDATE "Mentions" SET "ArticleDate" = (SELECT COALESCE("PublishedAt", "IngestedAt") FROM "Articles" WHERE "Articles"."Id" = "Mentions"."ArticleId");""");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_ArticleDate_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "ArticleDate", "ArticleId" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_ArticleDate_ArticleId",
                table: "Mentions");

            migrationBuilder.DropColumn(
                name: "ArticleDate",
                table: "Mentions");
        }
    }
}
