using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MentionNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_Kind_Text",
                table: "Mentions",
                columns: new[] { "EntityId", "Kind", "Text" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_Kind_Text",
                table: "Mentions");
        }
    }
}
