using System.Text;
using System.Text.Json.Nodes;
using Amity.Exchange;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Exchange;

public class ExportImportTests
{
    private static readonly IProgress<(int, int)> Quiet = new Progress<(int, int)>();

    private static async Task<string> ExportAsync(TestDatabase database)
    {
        await using var db = database.Open();
        using var stream = new MemoryStream();
        await ExportDocument.WriteAsync(db, stream, Quiet, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase database, string json)
    {
        await using var db = database.Open();
        return await ImportDocument.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(json)), Quiet, CancellationToken.None);
    }

    private static async Task<string> DemoExportAsync(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await using (var db = source.Open()) Assert.True(await DemoData.LoadIfEmptyAsync(db, CancellationToken.None));
        return await ExportAsync(source);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ExportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameDocument(DatabaseProvider provider)
    {
        var first = await DemoExportAsync(provider);

        await using var target = await TestDatabase.CreateAsync(provider);
        var result = await ImportAsync(target, first);
        Assert.True(result.Succeeded, result.Errors.ToString());
        var second = await ExportAsync(target);

        Assert.Equal(first, second);
        Assert.Contains("\"Liaoning Province\"", first);
        Assert.Contains("김동연", first);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnImportWritesOneAuditEntryPerRecordAndTheNameKeysIngestionFindsPeopleBy(DatabaseProvider provider)
    {
        var document = await DemoExportAsync(provider);
        await using var target = await TestDatabase.CreateAsync(provider);
        var result = await ImportAsync(target, document);
        Assert.True(result.Succeeded, result.Errors.ToString());

        await using var db = target.Open();
        // The audit entries are made on another thread while rows are written; their ids still follow the records' order.
        var entries = await db.AuditTrail.OrderBy(e => e.Id).Select(e => new { e.Id, e.RecordType, e.RecordId }).ToListAsync();
        Assert.Equal(result.Count, entries.Count);
        Assert.Equal(Enumerable.Range(0, entries.Count).Select(i => entries[0].Id + i), entries.Select(e => e.Id));
        Assert.Equal(entries.Count, entries.Select(e => (e.RecordType, e.RecordId)).Distinct().Count());

        var kim = await db.People.SingleAsync(p => p.NativeName == "김동연");
        var resolver = await Amity.Ingestion.EntityResolver.LoadAsync(db, ["김동연", "Kim Dong-yeon"], CancellationToken.None);
        Assert.Equal(kim.Id, resolver.Person("김동연"));
        Assert.Equal(kim.Id, resolver.Person("Kim Dong-yeon"));
        Assert.Contains(result.Laps.All, l => l.Phase == "write person");
    }

    [Fact]
    public async Task TheDocumentIsTheSameWhicheverDatabaseHoldsIt()
    {
        var fromSqlite = await DemoExportAsync(DatabaseProvider.Sqlite);
        await using var postgres = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        Assert.True((await ImportAsync(postgres, fromSqlite)).Succeeded);
        Assert.Equal(fromSqlite, await ExportAsync(postgres));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AfterAnImportNewRecordsTakeFreshIds(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var created = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Jalisco", kind = "region" });
        await using var db = server.OpenDb();
        Assert.Equal(await db.Organizations.MaxAsync(o => o.Id), created.Id);
        Assert.True(created.Id > 13);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnInconsistentDocumentIsRefusedNamingTheRecordAndFieldAndChangesNothing(DatabaseProvider provider)
    {
        var document = await DemoExportAsync(provider);
        // Point the first engagement's host at an organization the document does not hold, and break an agreement's date.
        var broken = document.Replace("\"hostOrganizationId\": 2,", "\"hostOrganizationId\": 404,")
                             .Replace("\"signedOn\": \"2024-04-24\"", "\"signedOn\": \"2024-04-31\"");
        Assert.NotEqual(document, broken);

        await using var target = await TestDatabase.CreateAsync(provider);
        var result = await ImportAsync(target, broken);
        Assert.False(result.Succeeded);
        var message = result.Errors.ToString();
        Assert.Contains("engagements[0] (id 1).hostOrganizationId: refers to organization 404", message);
        Assert.Contains("agreements[0] (id 1).signedOn", message);
        await using var db = target.Open();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AMalformedDocumentIsRefusedNamingWhereAndChangesNothing(DatabaseProvider provider)
    {
        await using var target = await TestDatabase.CreateAsync(provider);
        var truncated = await ImportAsync(target, "{\"format\": \"amity-export/1\", \"organizations\": [ {\"id\": 1, \"name\": \"A\"");
        Assert.False(truncated.Succeeded);

        var wrongKind = await ImportAsync(target, "{\"format\": \"amity-export/1\", \"organizations\": [ {\"id\": 1, \"name\": \"A\", \"kind\": \"planet\"} ]}");
        Assert.Contains("organizations[0].kind", wrongKind.Errors.ToString());

        var duplicate = await ImportAsync(target, "{\"format\": \"amity-export/1\", \"organizations\": [ {\"id\": 1, \"name\": \"A\", \"kind\": \"region\"}, {\"id\": 1, \"name\": \"B\", \"kind\": \"region\"} ]}");
        Assert.Contains("organizations[1].id: 1 is used by another record", duplicate.Errors.ToString());

        var format = await ImportAsync(target, "{\"format\": \"something-else\"}");
        Assert.Contains("format", format.Errors.ToString());

        await using var db = target.Open();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ImportIntoADatabaseThatHoldsRecordsIsRefused(DatabaseProvider provider)
    {
        var document = await DemoExportAsync(provider);
        await using var target = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(target, document)).Succeeded);
        var again = await ImportAsync(target, document);
        Assert.Contains("database: already holds records", again.Errors.ToString());
    }

    [Fact]
    public async Task AfterAnImportOnSqliteTheSearchIndexHoldsEveryRecordAndKeepsItsUsualSettings()
    {
        // The import builds the FTS5 index in a file beside the database, with larger pending batches and no merging, and copies
        // it in; those settings must not outlive it, the copy must be a sound index, and the side file must be gone.
        var document = await DemoExportAsync(DatabaseProvider.Sqlite);
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = target.Open();
        long Scalar(string sql) => db.Database.SqlQueryRaw<long>(sql).AsEnumerable().Single();
        string Config() => string.Join(";", db.Database.SqlQueryRaw<string>("SELECT k || '=' || v AS Value FROM SearchIndex_config ORDER BY k").AsEnumerable());
        // The same connection searches before and after: FTS5 keeps a table's structure between statements, and the import
        // must not leave it reading the empty index it saw before.
        await db.Database.OpenConnectionAsync();
        Assert.Equal(0, Scalar("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH '\"김동연\"'"));
        var settings = Config();

        Assert.True((await ImportDocument.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(document)), Quiet, CancellationToken.None)).Succeeded);

        var records = Scalar("SELECT (SELECT COUNT(*) FROM Organizations) + (SELECT COUNT(*) FROM People) + (SELECT COUNT(*) FROM Agreements) + (SELECT COUNT(*) FROM Commitments) + (SELECT COUNT(*) FROM Articles) AS Value");
        Assert.Equal(records, Scalar("SELECT COUNT(*) AS Value FROM SearchIndex"));
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES ('integrity-check')");
        Assert.Equal(settings, Config());
        Assert.True(Scalar("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH '\"김동연\"'") > 0);
        Assert.True(Scalar("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH '\"沈阳音乐\"'") > 0);
        Assert.Equal(Scalar("SELECT COUNT(*) AS Value FROM Articles"), Scalar("SELECT COUNT(*) AS Value FROM SearchIndex WHERE Type = 'article'"));
        var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".search-*"));
    }

    [Fact]
    public async Task AnImportedArticleIsFoundByAnySubstringOfItsKoreanOrChineseText()
    {
        var document = JsonNode.Parse(await DemoExportAsync(DatabaseProvider.Sqlite))!;
        document["articles"]!.AsArray().Add(new JsonObject
        {
            ["id"] = 90,
            ["title"] = "경기도지사, 랴오닝성 당서기와 재회",
            ["body"] = "김동연 경기도지사는 하오펑 랴오닝성 당서기를 만났다. 辽宁省委书记郝鹏会见京畿道知事金东兖。",
            ["publishedOn"] = "2025-01-02",
        });
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.True((await ImportAsync(target, document.ToJsonString())).Succeeded);

        await using var db = target.Open();
        long Found(string phrase) => db.Database.SqlQueryRaw<long>(
            "SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH {0} AND Type = 'article' AND RecordId = 90", "\"" + phrase + "\"").AsEnumerable().Single();
        Assert.Equal(1, Found("도지사는 하오"));
        Assert.Equal(1, Found("당서기와"));
        Assert.Equal(1, Found("省委书记"));
        Assert.Equal(1, Found("京畿道知事"));
        Assert.Equal(0, Found("省委知事"));
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES ('integrity-check')");
        // The triggers are back: a record added after the import is indexed as before.
        await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET Body = '광역자치단체 협력' WHERE Id = 90");
        Assert.Equal(0, Found("省委书记"));
        Assert.Equal(1, Found("자치단체"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AFailureWhileWritingLeavesTheDatabaseAsItWas(DatabaseProvider provider)
    {
        // A document that passes the checks but breaks a database rule half-way (a title longer than its column on PostgreSQL,
        // or a cancelled import on either) must roll back everything written before it.
        var document = await DemoExportAsync(provider);
        await using var target = await TestDatabase.CreateAsync(provider);
        await using (var db = target.Open())
        {
            using var cancel = new CancellationTokenSource();
            var progress = new CancellingProgress(cancel, after: 20);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                ImportDocument.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(document)), progress, cancel.Token));
        }
        await using (var check = target.Open())
        {
            Assert.Equal(0, await check.Organizations.CountAsync());
            Assert.Equal(0, await check.People.CountAsync());
        }

        // What the load took apart (on SQLite the search index, made beside the database, and its triggers) is back, and the import runs again.
        Assert.True((await ImportAsync(target, document)).Succeeded);
        Assert.Equal(document, await ExportAsync(target));
        if (provider != DatabaseProvider.Sqlite) return;
        await using var db2 = target.Open();
        await db2.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES ('integrity-check')");
        Assert.True(db2.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH '\"김동연\"'").AsEnumerable().Single() > 0);
        var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".search-*"));
    }

    private sealed class CancellingProgress(CancellationTokenSource cancel, int after) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            if (value.Done >= after) cancel.Cancel();
        }
    }
}

public class ImportedVersionTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task EveryImportedRecordAndCommitmentStartsAtVersionOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DemoData.LoadIfEmptyAsync(db, CancellationToken.None);
        Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AllAsync(db.Commitments, c => c.Version == 1));
        Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AllAsync(db.Organizations, o => o.Version == 1));
    }
}
