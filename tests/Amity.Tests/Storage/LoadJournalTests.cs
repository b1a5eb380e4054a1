using Amity.Exchange;
using Microsoft.Data.Sqlite;

namespace Amity.Tests.Storage;

/// <summary>
/// An import into SQLite writes through a rollback journal when it has the file to itself (every page written once instead of
/// to the WAL and again at the checkpoint), keeps WAL when another connection holds the file, and leaves it in WAL mode either way.
/// </summary>
public class LoadJournalTests
{
    [Fact]
    public async Task AnImportWithTheFileToItselfWritesThroughARollbackJournalAndLeavesTheFileInWalMode()
    {
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await ImportDemoAsync(target);

        Assert.True(result.Succeeded, result.Errors.ToString());
        Assert.True(result.RollbackJournal);
        Assert.Equal("wal", await JournalModeAsync(target.ConnectionString));
        Assert.False(File.Exists(Snapshots.SqliteFile(target) + "-journal"));
        Assert.Equal(await DemoDocumentAsync(), await Snapshots.ExportAsync(target));
    }

    /// <summary>
    /// Leaving WAL takes an exclusive lock on the file, which a connection in the middle of reading (a page being served) holds
    /// off; an idle one does not.
    /// </summary>
    [Fact]
    public async Task AnImportWhileAnotherConnectionIsReadingKeepsWalAtOnceAndSucceeds()
    {
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var other = new SqliteConnection(target.ConnectionString);
        await other.OpenAsync(TestContext.Current.CancellationToken);
        await using (var reading = other.BeginTransaction(deferred: true))
        {
            await using var read = other.CreateCommand();
            read.Transaction = reading;
            read.CommandText = "SELECT COUNT(*) FROM \"Organizations\"";
            Assert.Equal(0L, await read.ExecuteScalarAsync(TestContext.Current.CancellationToken));

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = await ImportDemoAsync(target);

            Assert.True(result.Succeeded, result.Errors.ToString());
            Assert.False(result.RollbackJournal);
            // The switch fails at once ("database is locked") instead of retrying for a command's timeout of 30 s.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"The import took {clock.Elapsed}.");
            // The reader still sees the database as it was when its read began.
            Assert.Equal(0L, await read.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }
        Assert.Equal("wal", await JournalModeAsync(target.ConnectionString));
        Assert.Equal(await DemoDocumentAsync(), await Snapshots.ExportAsync(target));
    }

    private static async Task<ImportResult> ImportDemoAsync(TestDatabase target)
    {
        await using var db = target.Open();
        await using var stream = DemoData.Open();
        return await ImportDocument.ImportAsync(db, stream, new Progress<(int, int)>(), CancellationToken.None);
    }

    /// <summary>The demo document as export writes it, from a database that imported it the usual way.</summary>
    private static async Task<string> DemoDocumentAsync()
    {
        await using var reference = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = reference.Open()) Assert.True(await DemoData.LoadIfEmptyAsync(db, CancellationToken.None));
        return await Snapshots.ExportAsync(reference);
    }

    private static async Task<string> JournalModeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "PRAGMA journal_mode";
        return (string)(await query.ExecuteScalarAsync())!;
    }
}
