using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search in any script: trigram indexes serve ILIKE '%text%' on names, titles and text.
            migrationBuilder.Sql(@"CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_Organizations_Name_trgm"" ON ""Organizations"" USING gin (""Name"" gin_trgm_ops);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_People_Name_trgm"" ON ""People"" USING gin (""Name"" gin_trgm_ops);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_People_NativeName_trgm"" ON ""People"" USING gin (""NativeName"" gin_trgm_ops);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_Agreements_Title_trgm"" ON ""Agreements"" USING gin (""Title"" gin_trgm_ops);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_Commitments_Text_trgm"" ON ""Commitments"" USING gin (""Text"" gin_trgm_ops);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_Articles_Title_trgm"" ON ""Articles"" USING gin (""Title"" gin_trgm_ops);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_Articles_Body_trgm"" ON ""Articles"" USING gin (""Body"" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_Organizations_Name_trgm"";");
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_People_Name_trgm"";");
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_People_NativeName_trgm"";");
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_Agreements_Title_trgm"";");
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_Commitments_Text_trgm"";");
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_Articles_Title_trgm"";");
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS ""IX_Articles_Body_trgm"";");
        }
    }
}
