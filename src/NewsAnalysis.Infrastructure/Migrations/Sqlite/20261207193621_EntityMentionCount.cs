using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EntityMentionCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MentionCount",
                table: "Entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The counts of the articles already stored; from here on every write keeps them.
            migrationBuilder.Sql("""UPDATE "Entities" SET "MentionCount" = (SELECT COUNT(*) FROM "Mentions" WHERE "Mentions"."EntityId" = "Entities"."Id");""");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_MentionCount_Name_Id",
                table: "Entities",
                columns: new[] { "MentionCount", "Name", "Id" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Type_MentionCount_Name_Id",
                table: "Entities",
                columns: new[] { "Type", "MentionCount", "Name", "Id" },
                descending: new[] { false, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Entities_MentionCount_Name_Id",
                table: "Entities");

            migrationBuilder.DropIndex(
                name: "IX_Entities_Type_MentionCount_Name_Id",
                table: "Entities");

            migrationBuilder.DropColumn(
                name: "MentionCount",
                table: "Entities");
        }
    }
}
