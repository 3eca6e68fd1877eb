using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartialGroupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerIsGroup",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ClaimantIsGroup",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerIsGroup",
                table: "Quotes",
                column: "SpeakerIsGroup",
                filter: "\"SpeakerIsGroup\"");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ClaimantIsGroup",
                table: "Claims",
                column: "ClaimantIsGroup",
                filter: "\"ClaimantIsGroup\"");
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

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerIsGroup",
                table: "Quotes",
                column: "SpeakerIsGroup");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ClaimantIsGroup",
                table: "Claims",
                column: "ClaimantIsGroup");
        }
    }
}
