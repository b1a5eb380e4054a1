using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search in any script: an FTS5 trigram index over names, aliases, titles and text, kept in step by triggers.
            // Each row's rowid is the record's id * 8 + a type code, so that a change finds its row without a scan.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(\"Type\" UNINDEXED, \"RecordId\" UNINDEXED, \"ParentId\" UNINDEXED, \"Title\", \"Body\", tokenize = 'trigram');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Organizations_search_insert"" AFTER INSERT ON ""Organizations"" BEGIN INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 1, 'organization', new.""Id"", NULL, new.""Name"", coalesce((SELECT group_concat(value, ' ') FROM json_each(new.""Aliases"")), '') || ' ' || coalesce(new.""Country"", '') || ' ' || coalesce(new.""Notes"", '')); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Organizations_search_update"" AFTER UPDATE ON ""Organizations"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 1; INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 1, 'organization', new.""Id"", NULL, new.""Name"", coalesce((SELECT group_concat(value, ' ') FROM json_each(new.""Aliases"")), '') || ' ' || coalesce(new.""Country"", '') || ' ' || coalesce(new.""Notes"", '')); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Organizations_search_delete"" AFTER DELETE ON ""Organizations"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 1; END;");
            migrationBuilder.Sql(@"INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") SELECT new.""Id"" * 8 + 1, 'organization', new.""Id"", NULL, new.""Name"", coalesce((SELECT group_concat(value, ' ') FROM json_each(new.""Aliases"")), '') || ' ' || coalesce(new.""Country"", '') || ' ' || coalesce(new.""Notes"", '') FROM ""Organizations"" AS new;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""People_search_insert"" AFTER INSERT ON ""People"" BEGIN INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 2, 'person', new.""Id"", NULL, new.""Name"", coalesce(new.""NativeName"", '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.""Aliases"")), '') || ' ' || coalesce(new.""Notes"", '')); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""People_search_update"" AFTER UPDATE ON ""People"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 2; INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 2, 'person', new.""Id"", NULL, new.""Name"", coalesce(new.""NativeName"", '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.""Aliases"")), '') || ' ' || coalesce(new.""Notes"", '')); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""People_search_delete"" AFTER DELETE ON ""People"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 2; END;");
            migrationBuilder.Sql(@"INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") SELECT new.""Id"" * 8 + 2, 'person', new.""Id"", NULL, new.""Name"", coalesce(new.""NativeName"", '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.""Aliases"")), '') || ' ' || coalesce(new.""Notes"", '') FROM ""People"" AS new;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Agreements_search_insert"" AFTER INSERT ON ""Agreements"" BEGIN INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 3, 'agreement', new.""Id"", NULL, new.""Title"", coalesce(new.""Notes"", '')); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Agreements_search_update"" AFTER UPDATE ON ""Agreements"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 3; INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 3, 'agreement', new.""Id"", NULL, new.""Title"", coalesce(new.""Notes"", '')); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Agreements_search_delete"" AFTER DELETE ON ""Agreements"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 3; END;");
            migrationBuilder.Sql(@"INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") SELECT new.""Id"" * 8 + 3, 'agreement', new.""Id"", NULL, new.""Title"", coalesce(new.""Notes"", '') FROM ""Agreements"" AS new;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Commitments_search_insert"" AFTER INSERT ON ""Commitments"" BEGIN INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 4, 'commitment', new.""Id"", new.""AgreementId"", new.""Text"", ''); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Commitments_search_update"" AFTER UPDATE ON ""Commitments"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 4; INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 4, 'commitment', new.""Id"", new.""AgreementId"", new.""Text"", ''); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Commitments_search_delete"" AFTER DELETE ON ""Commitments"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 4; END;");
            migrationBuilder.Sql(@"INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") SELECT new.""Id"" * 8 + 4, 'commitment', new.""Id"", new.""AgreementId"", new.""Text"", '' FROM ""Commitments"" AS new;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Articles_search_insert"" AFTER INSERT ON ""Articles"" BEGIN INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 5, 'article', new.""Id"", NULL, new.""Title"", new.""Body""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Articles_search_update"" AFTER UPDATE ON ""Articles"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 5; INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") VALUES (new.""Id"" * 8 + 5, 'article', new.""Id"", NULL, new.""Title"", new.""Body""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""Articles_search_delete"" AFTER DELETE ON ""Articles"" BEGIN DELETE FROM ""SearchIndex"" WHERE rowid = old.""Id"" * 8 + 5; END;");
            migrationBuilder.Sql(@"INSERT INTO ""SearchIndex""(rowid, ""Type"", ""RecordId"", ""ParentId"", ""Title"", ""Body"") SELECT new.""Id"" * 8 + 5, 'article', new.""Id"", NULL, new.""Title"", new.""Body"" FROM ""Articles"" AS new;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Organizations_search_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Organizations_search_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Organizations_search_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""People_search_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""People_search_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""People_search_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Agreements_search_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Agreements_search_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Agreements_search_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Commitments_search_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Commitments_search_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Commitments_search_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Articles_search_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Articles_search_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""Articles_search_delete"";");
            migrationBuilder.Sql(@"DROP TABLE IF EXISTS ""SearchIndex"";");
        }
    }
}
