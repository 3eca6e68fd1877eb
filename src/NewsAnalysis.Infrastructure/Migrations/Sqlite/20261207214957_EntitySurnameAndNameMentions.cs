using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EntitySurnameAndNameMentions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NameMentionCount",
                table: "Entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Surname",
                table: "Entities",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            // The last word of a name of two words or more (Entity.SurnameOf), and the name mentions the stored articles hold.
            migrationBuilder.Sql("""UPDATE "Entities" SET "Surname" = CASE WHEN instr(trim("Name"), ' ') > 0 THEN substr(trim("Name"), length(rtrim(trim("Name"), replace(trim("Name"), ' ', ''))) + 1) END;""");
            migrationBuilder.Sql("""UPDATE "Entities" SET "NameMentionCount" = (SELECT COUNT(*) FROM "Mentions" WHERE "Mentions"."EntityId" = "Entities"."Id" AND "Mentions"."Kind" = 'Name');""");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Name",
                table: "Entities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Type_Surname",
                table: "Entities",
                columns: new[] { "Type", "Surname" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Entities_Name",
                table: "Entities");

            migrationBuilder.DropIndex(
                name: "IX_Entities_Type_Surname",
                table: "Entities");

            migrationBuilder.DropColumn(
                name: "NameMentionCount",
                table: "Entities");

            migrationBuilder.DropColumn(
                name: "Surname",
                table: "Entities");
        }
    }
}
