using Microsoft.EntityFrameworkCore;
using System.Diagnostics;
using Npgsql;

namespace Amity.Tests.Storage;

/// <summary>
/// `./amity ingest FILE --commit` killed (SIGKILL) while its one transaction holds written rows leaves the database as it
/// was, and a second run commits the article. The review page and the ingestion API call the same
/// Ingester.CommitAsync, so this covers them too. One article commits in a fraction of a second, so on PostgreSQL the test
/// holds the commit mid-transaction from outside with a table lock (nothing in the app); SQLite allows no such hold.
/// </summary>
public class KillDuringIngestTests
{
    private static readonly string Article = SampleArticles.Path(SampleArticles.GyeonggiLiaoning);

    [Fact]
    public async Task OnPostgresAnIngestKilledWhileBlockedMidTransactionLeavesTheDatabaseAsItWas()
    {
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var before = await Snapshots.ExportAsync(target);
        await using (var blocker = new NpgsqlConnection(target.ConnectionString))
        {
            await blocker.OpenAsync();
            // Invitations are referenced by the links from the article to each record it reports, so the first link the
            // commit inserts (after the article, the first organization and their audit entries) needs the table: locked
            // in an open transaction, it stops the commit there, with those rows written and uncommitted.
            await using var hold = await blocker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"Invitations\" IN ACCESS EXCLUSIVE MODE", blocker, hold)) await lockTable.ExecuteNonQueryAsync();

            using var ingest = AmityProcess.Start("ingest", Article, "--commit", "--db", target.ConnectionString);
            var pid = await WaitForBlockedWriterAsync(target, ingest, TimeSpan.FromSeconds(60));
            Assert.True(pid is not null, $"The commit was never seen blocked after writing (exit {(ingest.HasExited ? ingest.ExitCode : -1)}): {ingest.Error}");
            ingest.Kill();
            Assert.DoesNotContain("new article", ingest.Output);
            await hold.RollbackAsync();
            // The server learns of the dead client when the lock is granted and it answers it; it then rolls back.
            await WaitUntilGoneAsync(pid.Value, TimeSpan.FromSeconds(30));
        }

        Assert.Equal(before, await Snapshots.ExportAsync(target));
        await AssertNoTrailAsync(target);
        await AssertARerunCommitsAsync(target);
    }

    [Fact]
    public async Task OnSqliteAnIngestKilledAtAnyMomentLeavesNothingOrTheWholeArticle()
    {
        // SQLite in WAL mode keeps a transaction's pages in the writing process until COMMIT appends them to the log with a
        // commit mark; readers never block it and another writer can only keep it from starting, so nothing outside the
        // process can hold it mid-write, and its uncommitted rows cannot be seen from outside. What can be asserted: killed
        // at moments spread over its whole run, the database is each time exactly as before or exactly as after a whole
        // commit, never in between, and a rerun then commits. Most of a run is the process starting; its writes come in the
        // later part, so the kills are spread there (each kill and rerun is a whole process: a few seconds each).
        string committed;
        TimeSpan whole;
        await using (var reference = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite))
        {
            // The process's own run, from start to exit: the kills below are fractions of it.
            var clock = Stopwatch.StartNew();
            using var run = AmityProcess.Start("ingest", Article, "--commit", "--db", reference.ConnectionString);
            await run.WaitAsync(TimeSpan.FromMinutes(2));
            whole = clock.Elapsed;
            Assert.True(run.ExitCode == 0, run.Error);
            committed = await Snapshots.ExportAsync(reference);
        }
        var outcomes = new List<string>();
        foreach (var fraction in new[] { 0.4, 0.6, 0.8, 1.0 })
        {
            await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            var before = await Snapshots.ExportAsync(target);
            using (var ingest = AmityProcess.Start("ingest", Article, "--commit", "--db", target.ConnectionString))
            {
                await Task.Delay(whole * fraction);
                ingest.Kill();
            }
            var after = await Snapshots.ExportAsync(target);
            Assert.True(after == before || after == committed, $"Killed at {fraction:P0} of a run, the database holds part of the article.");
            outcomes.Add(after == before ? "nothing" : "whole");
            if (after != before) continue;
            await AssertNoTrailAsync(target);
            // One rerun shows a killed commit leaves nothing in the way of the next; each further one would show the same.
            if (outcomes.Count(o => o == "nothing") == 1) await AssertARerunCommitsAsync(target);
        }
        Assert.Contains("nothing", outcomes);
    }

    [Fact]
    public async Task OnSqliteAMigrationLockLeftByAKilledCommandDoesNotStopTheNext()
    {
        // What a command killed inside EF Core's Migrate leaves: the lock row, which nothing removes. A command that finds
        // nothing to migrate must not wait for it.
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = target.Open())
        {
            await db.Database.ExecuteSqlRawAsync("""CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL)""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-27 05:00:00+00:00')""");
        }
        await AssertARerunCommitsAsync(target);
    }

    private static async Task AssertNoTrailAsync(TestDatabase target)
    {
        await using var db = target.Open();
        Assert.Equal(0, db.Articles.Count());
        Assert.DoesNotContain(db.AuditTrail.Select(e => e.RecordType), t => t != "token" && t != "user");
    }

    private static async Task AssertARerunCommitsAsync(TestDatabase target)
    {
        using var again = AmityProcess.Start("ingest", Article, "--commit", "--db", target.ConnectionString);
        await again.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("new article", again.Output);
        await using var db = target.Open();
        Assert.Equal(1, db.Articles.Count());
        Assert.True(db.Invitations.Any() && db.Agreements.Any());
    }

    /// <summary>
    /// The ingest's server process once it has written the article (it holds a row-exclusive lock on Articles inside a
    /// transaction that has a transaction id) and is waiting for the lock on Invitations.
    /// </summary>
    private static async Task<int?> WaitForBlockedWriterAsync(TestDatabase target, AmityProcess ingest, TimeSpan timeout)
    {
        var name = new NpgsqlConnectionStringBuilder(target.ConnectionString).Database!;
        // On the target database: pg_class, which names the tables in pg_locks, is per database.
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !ingest.HasExited)
        {
            await using var query = new NpgsqlCommand("""
                SELECT a.pid FROM pg_stat_activity a
                WHERE a.datname = @name AND a.backend_xid IS NOT NULL AND a.wait_event_type = 'Lock'
                  AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation AND c.relname = 'Articles'
                              WHERE l.pid = a.pid AND l.mode = 'RowExclusiveLock' AND l.granted)
                  AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation AND c.relname = 'Invitations'
                              WHERE l.pid = a.pid AND NOT l.granted)
                """, connection);
            query.Parameters.AddWithValue("name", name);
            if (await query.ExecuteScalarAsync() is int pid) return pid;
            await Task.Delay(20);
        }
        return null;
    }

    private static async Task WaitUntilGoneAsync(int pid, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.PostgresAdmin());
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE pid = @pid", connection);
            query.Parameters.AddWithValue("pid", pid);
            if ((long)(await query.ExecuteScalarAsync())! == 0) return;
            await Task.Delay(50);
        }
        Assert.Fail($"The server process {pid} of the killed ingest never ended.");
    }
}
