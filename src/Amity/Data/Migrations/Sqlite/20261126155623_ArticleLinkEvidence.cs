using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArticleLinkEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EvidenceEnd",
                table: "ArticleLink",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EvidenceStart",
                table: "ArticleLink",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EvidenceEnd",
                table: "ArticleLink");

            migrationBuilder.DropColumn(
                name: "EvidenceStart",
                table: "ArticleLink");
        }
    }
}
