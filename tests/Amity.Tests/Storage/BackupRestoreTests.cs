using System.Collections.Concurrent;
using System.Net.Http.Json;
using Amity.Tests.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Storage;

/// <summary>./amity backup and ./amity restore, run as a user runs them, on real SQLite files.</summary>
public class BackupRestoreTests
{
    private static string TemporaryFile(string name) => Path.Combine(Path.GetTempPath(), $"amity-{name}-{Guid.NewGuid():N}.db");

    private static void DeleteFile(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" }) File.Delete(path + suffix);
    }

    [Fact]
    public async Task ABackupTakenWhileTheServerWritesHoldsEveryWriteAcknowledgedBeforeItStarted()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var acknowledged = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var name = $"Backup writer {w}-{i}";
                var response = await server.Client.PostAsJsonAsync("/api/v1/organizations", new { name, kind = "office" }, AmityServer.Json);
                Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                acknowledged.Add(name);
            }
        })).ToList();
        var backup = TemporaryFile("backup");
        try
        {
            while (acknowledged.Count < 20) await Task.Delay(20);
            var before = acknowledged.ToHashSet();
            var result = await Shell.RunAsync("backup", backup, "--db", server.Database.ConnectionString);
            var after = acknowledged.ToHashSet();
            Assert.True(result.Code == 0, result.Error);
            Assert.Contains("Backed up", result.Out);
            while (acknowledged.Count < after.Count + 20) await Task.Delay(20);
            stop.Cancel();
            await Task.WhenAll(writers);

            await using var copy = Amity.Data.Database.Open(Snapshots.Connection(backup));
            var inBackup = (await copy.Organizations.Where(o => o.Name.StartsWith("Backup writer")).Select(o => o.Name).ToListAsync()).ToHashSet();
            Assert.Superset(before, inBackup);
            Assert.Subset(after, inBackup);
            Assert.True(after.Count > before.Count || inBackup.Count == before.Count);
            Assert.True(await copy.People.AnyAsync(), "The demo's people are in the backup.");
        }
        finally
        {
            stop.Cancel();
            DeleteFile(backup);
        }
    }

    [Fact]
    public async Task RestoringABackupBringsBackExactlyWhatTheDatabaseHeldWhenItWasTaken()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.Open()) await DemoData.LoadIfEmptyAsync(db, CancellationToken.None);
        var atBackup = await Snapshots.ExportAsync(database);
        var backup = TemporaryFile("backup");
        try
        {
            var taken = await Shell.RunAsync("backup", backup, "--db", database.ConnectionString);
            Assert.True(taken.Code == 0, taken.Error);

            await using (var db = database.Open())
            {
                db.Organizations.Add(new Amity.Partners.Organization { Name = "Written after the backup", Kind = Amity.Partners.OrganizationKind.Office });
                await db.SaveChangesAsync();
            }
            Assert.NotEqual(atBackup, await Snapshots.ExportAsync(database));

            var refused = await Shell.RunAsync("restore", backup, "--db", database.ConnectionString);
            Assert.Equal(1, refused.Code);
            Assert.Contains("--force", refused.Error);
            Assert.Contains("Written after the backup", await Snapshots.ExportAsync(database));

            var restored = await Shell.RunAsync("restore", backup, "--force", "--db", database.ConnectionString);
            Assert.True(restored.Code == 0, restored.Error);
            Assert.Equal(atBackup, await Snapshots.ExportAsync(database));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Snapshots.SqliteFile(database))!, $".{Path.GetFileName(Snapshots.SqliteFile(database))}.*.tmp"));
        }
        finally
        {
            DeleteFile(backup);
        }
    }

    [Fact]
    public async Task ABackupRestoresIntoANewPlaceAndRefusesToOverwriteAnotherBackup()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.Open()) await DemoData.LoadIfEmptyAsync(db, CancellationToken.None);
        var backup = TemporaryFile("backup");
        var fresh = TemporaryFile("restored");
        try
        {
            Assert.Equal(0, (await Shell.RunAsync("backup", backup, "--db", database.ConnectionString)).Code);
            var again = await Shell.RunAsync("backup", backup, "--db", database.ConnectionString);
            Assert.Equal(1, again.Code);
            Assert.Contains("already exists", again.Error);

            var restored = await Shell.RunAsync("restore", backup, "--db", Snapshots.Connection(fresh));
            Assert.True(restored.Code == 0, restored.Error);
            Assert.Equal(await Snapshots.ExportAsync(database), await Snapshots.ExportAsync(Snapshots.Connection(fresh)));
        }
        finally
        {
            DeleteFile(backup);
            DeleteFile(fresh);
        }
    }

    [Fact]
    public async Task RestoreRefusesAFileThatIsNotAnAmityDatabaseAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.Open()) await DemoData.LoadIfEmptyAsync(db, CancellationToken.None);
        var before = await Snapshots.ExportAsync(database);
        var text = Path.GetTempFileName();
        var foreign = TemporaryFile("foreign");
        try
        {
            await File.WriteAllTextAsync(text, "name,kind\nJalisco,region\n");
            await using (var connection = new SqliteConnection(Snapshots.Connection(foreign)))
            {
                await connection.OpenAsync();
                await using var create = connection.CreateCommand();
                create.CommandText = "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not amity');";
                await create.ExecuteNonQueryAsync();
            }

            var notSqlite = await Shell.RunAsync("restore", text, "--force", "--db", database.ConnectionString);
            Assert.Equal(1, notSqlite.Code);
            Assert.Contains("is not a SQLite database", notSqlite.Error);
            var notAmity = await Shell.RunAsync("restore", foreign, "--force", "--db", database.ConnectionString);
            Assert.Equal(1, notAmity.Code);
            Assert.Contains("not an Amity one", notAmity.Error);
            var missing = await Shell.RunAsync("restore", "/nonexistent/amity.db", "--force", "--db", database.ConnectionString);
            Assert.Equal(1, missing.Code);
            Assert.Contains("does not exist", missing.Error);

            Assert.Equal(before, await Snapshots.ExportAsync(database));
        }
        finally
        {
            File.Delete(text);
            DeleteFile(foreign);
        }
    }

    [Fact]
    public async Task OnPostgreSqlBackupAndRestorePointToPgDump()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var backup = await Shell.RunAsync("backup", TemporaryFile("pg"), "--db", database.ConnectionString);
        Assert.Equal(1, backup.Code);
        Assert.Contains("pg_dump", backup.Error);
        Assert.Contains("docs/operations.md", backup.Error);
        var restore = await Shell.RunAsync("restore", "/tmp/whatever.dump", "--db", database.ConnectionString);
        Assert.Equal(1, restore.Code);
        Assert.Contains("pg_restore", restore.Error);
    }

    [Fact]
    public async Task BackupAndRestoreExplainThemselves()
    {
        foreach (var verb in new[] { "backup", "restore" })
        {
            var help = await Shell.RunAsync(verb, "--help");
            Assert.Equal(0, help.Code);
            Assert.Contains("Usage", help.Out);
            Assert.Contains("--force", help.Out);
        }
    }
}
