using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<string>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Part = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Actor",
                table: "AuditTrail",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_At",
                table: "AuditTrail",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_RecordType_RecordId",
                table: "AuditTrail",
                columns: new[] { "RecordType", "RecordId" });

            // ---- Hand-written (re-apply if this migration is regenerated): the audit trail is append-only, and the database itself refuses to change it. ----
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditTrail_no_update"" BEFORE UPDATE ON ""AuditTrail"" BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditTrail_no_delete"" BEFORE DELETE ON ""AuditTrail"" BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditTrail");

            // ---- Hand-written (re-apply if this migration is regenerated); dropping the table has dropped them already. ----
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""AuditTrail_no_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""AuditTrail_no_delete"";");
        }
    }
}
