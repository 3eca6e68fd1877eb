using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MentionKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Mentions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                // Every mention stored before this migration is a name.
                defaultValue: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Mentions");
        }
    }
}
