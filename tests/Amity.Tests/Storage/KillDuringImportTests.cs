using System.Diagnostics;
using Amity.Synth;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Amity.Tests.Storage;

/// <summary>
/// A process killed (SIGKILL) in the middle of writing an import leaves the database as it was: the import is one
/// transaction, and a transaction the process never committed is rolled back by the database, not by the process.
/// </summary>
public class KillDuringImportTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AnImportKilledMidWriteLeavesTheDatabaseAsItWasAndCanBeRunAgain(DatabaseProvider provider)
    {
        var document = Path.Combine(Path.GetTempPath(), $"amity-big-{Guid.NewGuid():N}.json");
        try
        {
            await using (var source = await TestDatabase.CreateAsync(provider))
            {
                await using (var db = source.Open()) await new Synthesizer(db, SynthSize.At(0.05)).RunAsync(new Progress<(int, int)>(), CancellationToken.None);
                await File.WriteAllTextAsync(document, await Snapshots.ExportAsync(source));
            }

            await using var target = await TestDatabase.CreateAsync(provider);
            var before = await Snapshots.ExportAsync(target);
            using (var import = AmityProcess.Start("import", document, "--db", target.ConnectionString))
            {
                var writing = await WaitUntilWritingAsync(target, import, TimeSpan.FromSeconds(60));
                Assert.True(writing, $"The import was never seen writing before it ended (exit {(import.HasExited ? import.ExitCode : -1)}): {import.Error}");
                import.Kill();
                Assert.DoesNotContain("Imported", import.Output);
            }

            Assert.Equal(before, await Snapshots.ExportAsync(target));

            using var again = AmityProcess.Start("import", document, "--db", target.ConnectionString);
            await again.WaitAsync(TimeSpan.FromMinutes(3));
            Assert.True(again.ExitCode == 0, again.Error);
            Assert.Equal(await File.ReadAllTextAsync(document), await Snapshots.ExportAsync(target));
            if (provider == DatabaseProvider.Sqlite)
            {
                // The killed import's search index file (built beside the database) is removed by the next import, which leaves none.
                var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
                Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".search-*"));
            }
        }
        finally
        {
            File.Delete(document);
        }
    }

    /// <summary>
    /// On SQLite the command line loads through a rollback journal instead of WAL (every page written once). A kill then leaves
    /// a hot journal and the file in rollback mode: the next connection plays the journal back and puts WAL back.
    /// </summary>
    [Fact]
    public async Task AnImportKilledWhileWritingThroughTheRollbackJournalIsPlayedBackAndLeavesTheDatabaseInWalMode()
    {
        var document = Path.Combine(Path.GetTempPath(), $"amity-big-{Guid.NewGuid():N}.json");
        try
        {
            await using (var source = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite))
            {
                await using (var db = source.Open()) await new Synthesizer(db, SynthSize.At(0.05)).RunAsync(new Progress<(int, int)>(), CancellationToken.None);
                await File.WriteAllTextAsync(document, await Snapshots.ExportAsync(source));
            }

            await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            var before = await Snapshots.ExportAsync(target);
            Assert.Equal("wal", await JournalModeAsync(target));
            using (var import = AmityProcess.Start("import", document, "--db", target.ConnectionString))
            {
                // Watched through the file system only: a connection held open by the test would keep the import in WAL mode. The
                // switch itself writes and deletes a journal; the search index file beside appears once the load's transaction has
                // begun writing (dropped indexes and triggers), and its journal stays until the end.
                bool Writing() => File.Exists(file + "-journal") && Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".search-*.tmp").Length > 0;
                var clock = Stopwatch.StartNew();
                while (!Writing() && !import.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(2);
                Assert.True(Writing(), $"The import was never seen writing through a rollback journal (exit {(import.HasExited ? import.ExitCode : -1)}): {import.Error}");
                import.Kill();
                Assert.DoesNotContain("Imported", import.Output);
            }
            Assert.True(File.Exists(file + "-journal"), "A killed import leaves its journal behind.");

            // What an operator runs next (serve does the same first): EF looks at the file through a read-only connection,
            // which can neither play the journal back nor put WAL back, and must leave that to the next connection.
            using (var migrate = AmityProcess.Start("db", "migrate", "--db", target.ConnectionString))
            {
                await migrate.WaitAsync(TimeSpan.FromMinutes(2));
                Assert.True(migrate.ExitCode == 0, migrate.Error);
            }
            Assert.False(File.Exists(file + "-journal"));
            Assert.Equal(before, await Snapshots.ExportAsync(target));
            Assert.Equal("wal", await JournalModeAsync(target));

            using var again = AmityProcess.Start("import", document, "--db", target.ConnectionString);
            await again.WaitAsync(TimeSpan.FromMinutes(3));
            Assert.True(again.ExitCode == 0, again.Error);
            Assert.False(File.Exists(file + "-journal"));
            Assert.Equal("wal", await JournalModeAsync(target));
            Assert.Equal(await File.ReadAllTextAsync(document), await Snapshots.ExportAsync(target));
        }
        finally
        {
            File.Delete(document);
        }
    }

    /// <summary>The file's journal mode as a bare connection (not the app's, which would put WAL back) sees it.</summary>
    private static async Task<string> JournalModeAsync(TestDatabase target)
    {
        await using var connection = new SqliteConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "PRAGMA journal_mode";
        return (string)(await query.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// True once the import holds an open write transaction with rows in it: on SQLite another connection cannot begin a
    /// write (the import holds the RESERVED lock its first insert took); on PostgreSQL its session is inside a transaction
    /// that has been given a transaction id, which only a write does.
    /// </summary>
    private static async Task<bool> WaitUntilWritingAsync(TestDatabase target, AmityProcess import, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !import.HasExited)
        {
            if (target.Provider == DatabaseProvider.Sqlite)
            {
                if (await HoldsWriteLockAsync(target)) return true;
                await Task.Delay(5);
            }
            else
            {
                var name = new NpgsqlConnectionStringBuilder(target.ConnectionString).Database;
                await using var connection = new NpgsqlConnection(TestDatabase.PostgresAdmin());
                await connection.OpenAsync();
                await using var query = new NpgsqlCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND backend_xid IS NOT NULL AND state IN ('active', 'idle in transaction')", connection);
                query.Parameters.AddWithValue("name", name!);
                if ((long)(await query.ExecuteScalarAsync())! > 0) return true;
                await Task.Delay(10);
            }
        }
        return false;
    }

    internal static async Task<bool> HoldsWriteLockAsync(TestDatabase target)
    {
        await using var connection = new SqliteConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.CommandTimeout = 1;
        try
        {
            await begin.ExecuteNonQueryAsync();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return true;
        }
        begin.CommandText = "ROLLBACK";
        await begin.ExecuteNonQueryAsync();
        return false;
    }
}
