using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EntityCountsAndAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Entities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ClaimCount",
                table: "Entities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QuoteCount",
                table: "Entities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "EntityAliases",
                columns: table => new
                {
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntityAliases", x => new { x.EntityId, x.Text });
                    table.ForeignKey(
                        name: "FK_EntityAliases_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Counted from the stored rows as the lists count them (a statement counts for its entity and for each one
            // named in its coordinated subject); kept on write from now on (EntityCounts).
            migrationBuilder.Sql("""UPDATE "Entities" SET "ArticleCount" = (SELECT COUNT(DISTINCT "ArticleId") FROM "Mentions" WHERE "Mentions"."EntityId" = "Entities"."Id");""");
            migrationBuilder.Sql("""UPDATE "Entities" SET "QuoteCount" = (SELECT COUNT(*) FROM "Quotes" AS s WHERE s."SpeakerEntityId" = "Entities"."Id") + (SELECT COUNT(DISTINCT s."Id") FROM "Mentions" AS m JOIN "Quotes" AS s ON s."ArticleId" = m."ArticleId" WHERE m."EntityId" = "Entities"."Id" AND m."Kind" = 'Name' AND s."SpeakerIsGroup" AND m."Start" >= s."SpeakerStart" AND m."End" <= s."SpeakerEnd");""");
            migrationBuilder.Sql("""UPDATE "Entities" SET "ClaimCount" = (SELECT COUNT(*) FROM "Claims" AS s WHERE s."ClaimantEntityId" = "Entities"."Id") + (SELECT COUNT(DISTINCT s."Id") FROM "Mentions" AS m JOIN "Claims" AS s ON s."ArticleId" = m."ArticleId" WHERE m."EntityId" = "Entities"."Id" AND m."Kind" = 'Name' AND s."ClaimantIsGroup" AND m."Start" >= s."ClaimantStart" AND m."End" <= s."ClaimantEnd");""");
            migrationBuilder.Sql("""INSERT INTO "EntityAliases" ("EntityId", "Text", "Count") SELECT "EntityId", "Text", COUNT(*) FROM "Mentions" WHERE "Kind" = 'Name' GROUP BY "EntityId", "Text";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntityAliases");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Entities");

            migrationBuilder.DropColumn(
                name: "ClaimCount",
                table: "Entities");

            migrationBuilder.DropColumn(
                name: "QuoteCount",
                table: "Entities");
        }
    }
}
