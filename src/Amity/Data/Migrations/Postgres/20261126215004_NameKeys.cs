using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Amity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NameKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "text", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    OrganizationId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NameKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NameKeys_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NameKeys_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NameKeys_Key_PersonId_OrganizationId",
                table: "NameKeys",
                columns: new[] { "Key", "PersonId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_NameKeys_OrganizationId",
                table: "NameKeys",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_NameKeys_PersonId",
                table: "NameKeys",
                column: "PersonId");

            // Keys are computed in C# (NameKeys.Of), which SQL cannot do: records already on file get the pending mark, and
            // ingestion computes their keys the first time it runs (NameIndex.FillPendingAsync).
            migrationBuilder.Sql("INSERT INTO \"NameKeys\" (\"Key\", \"PersonId\") SELECT '', \"Id\" FROM \"People\"");
            migrationBuilder.Sql("INSERT INTO \"NameKeys\" (\"Key\", \"OrganizationId\") SELECT '', \"Id\" FROM \"Organizations\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NameKeys");
        }
    }
}
