using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Amity.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Part = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
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
            migrationBuilder.Sql(@"CREATE FUNCTION ""AuditTrail_refuse_change""() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END; $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditTrail_no_change"" BEFORE UPDATE OR DELETE ON ""AuditTrail"" FOR EACH ROW EXECUTE FUNCTION ""AuditTrail_refuse_change""();");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditTrail_no_truncate"" BEFORE TRUNCATE ON ""AuditTrail"" FOR EACH STATEMENT EXECUTE FUNCTION ""AuditTrail_refuse_change""();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditTrail");

            // ---- Hand-written (re-apply if this migration is regenerated); dropping the table has dropped its triggers, not their function. ----
            migrationBuilder.Sql(@"DROP FUNCTION IF EXISTS ""AuditTrail_refuse_change""();");
        }
    }
}
