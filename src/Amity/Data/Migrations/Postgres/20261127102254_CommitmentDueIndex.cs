using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommitmentDueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Commitments_Due",
                table: "Commitments",
                column: "Due");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Commitments_Due",
                table: "Commitments");
        }
    }
}
