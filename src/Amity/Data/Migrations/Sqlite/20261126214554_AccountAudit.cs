using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordKey",
                table: "AuditTrail",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "AuditTrail");
        }
    }
}
