using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatementArticleDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerEntityId",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ClaimantEntityId",
                table: "Claims");

            migrationBuilder.AddColumn<DateTime>(
                name: "ArticleDate",
                table: "Quotes",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ArticleDate",
                table: "Claims",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Each statement takes its article's date (published, else ingested), as ingestion sets it from now on.
            migrationBuilder.Sql("""UPDATE "Quotes" SET "ArticleDate" = (SELECT COALESCE("PublishedAt", "IngestedAt") FROM "Articles" WHERE "Articles"."Id" = "Quotes"."ArticleId");""");
            migrationBuilder.Sql("""UPDATE "Claims" SET "ArticleDate" = (SELECT COALESCE("PublishedAt", "IngestedAt") FROM "Articles" WHERE "Articles"."Id" = "Claims"."ArticleId");""");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerEntityId_ArticleDate_ArticleId_Start",
                table: "Quotes",
                columns: new[] { "SpeakerEntityId", "ArticleDate", "ArticleId", "Start" },
                descending: new[] { false, true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ClaimantEntityId_ArticleDate_ArticleId_Start",
                table: "Claims",
                columns: new[] { "ClaimantEntityId", "ArticleDate", "ArticleId", "Start" },
                descending: new[] { false, true, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerEntityId_ArticleDate_ArticleId_Start",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ClaimantEntityId_ArticleDate_ArticleId_Start",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ArticleDate",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ArticleDate",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerEntityId",
                table: "Quotes",
                column: "SpeakerEntityId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ClaimantEntityId",
                table: "Claims",
                column: "ClaimantEntityId");
        }
    }
}
