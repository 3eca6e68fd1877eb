using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoordinatedSpeakers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SpeakerIsGroup",
                table: "Quotes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ClaimantIsGroup",
                table: "Claims",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerIsGroup",
                table: "Quotes",
                column: "SpeakerIsGroup");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ClaimantIsGroup",
                table: "Claims",
                column: "ClaimantIsGroup");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerIsGroup",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ClaimantIsGroup",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "SpeakerIsGroup",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ClaimantIsGroup",
                table: "Claims");
        }
    }
}
