using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimCheckWorthinessOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The claim list's order by check-worthiness, unscored claims last, read from an index instead of sorting
            // every claim: the expression is the one the query sends, so the planner matches it (issue 16).
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Claims_CheckWorthinessOrder" ON "Claims" (COALESCE("CheckWorthiness", -1.0) DESC, "Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_Claims_CheckWorthinessOrder";
                """);
        }
    }
}
