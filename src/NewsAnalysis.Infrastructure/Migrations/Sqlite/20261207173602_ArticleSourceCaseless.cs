using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsAnalysis.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArticleSourceCaseless : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The source filter of the article, quote and claim lists ignores case: it compares lower("Source"), which
            // the plain Source index cannot serve (issue 19's filter, issue 16's query speed).
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Articles_SourceLower" ON "Articles" (lower("Source"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_Articles_SourceLower";
                """);
        }
    }
}
