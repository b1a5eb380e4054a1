using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The agreements and events lists order by these expressions (a missing date spelt out, since SQLite and PostgreSQL
            // put nulls at opposite ends); indexed, a page is read without sorting the table. EF Core's model cannot express an
            // index on an expression, so they are written here; the bulk writer reads them back from the schema like any index.
            migrationBuilder.Sql("CREATE INDEX \"IX_Agreements_SignedOrEmpty_Id\" ON \"Agreements\" (COALESCE(\"SignedOn\", ''), \"Id\");");
            migrationBuilder.Sql("CREATE INDEX \"IX_Events_DateOrLast_Id\" ON \"Events\" (COALESCE(\"Date\", '9999'), \"Id\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_Agreements_SignedOrEmpty_Id\";");
            migrationBuilder.Sql("DROP INDEX \"IX_Events_DateOrLast_Id\";");
        }
    }
}
