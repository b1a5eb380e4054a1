using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SortKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "People",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "Organizations",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_People_SortKey_Id",
                table: "People",
                columns: new[] { "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_SortKey_Id",
                table: "Organizations",
                columns: new[] { "SortKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_SortKey_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_SortKey_Id",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "Organizations");
        }
    }
}
