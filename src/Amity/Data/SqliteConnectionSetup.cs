using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Amity.Data;

/// <summary>
/// Gives each SQLite connection a page cache of <see cref="CacheKiB"/> instead of SQLite's 2 MB. A partner page or briefing
/// at national scale reads a few thousand index and table pages scattered over a 2.4 GB file; with 2 MB most of them were
/// read again through the operating system on every request (a profile showed more system time than SQLite's own work:
/// the meeting numbers of the busiest partner took 23 ms of CPU with the default cache, 12 with this one). The cache
/// fills only with pages actually read, so an idle or lightly used connection costs little.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int CacheKiB = 32 * 1024;
    public static readonly SqliteConnectionSetup Instance = new();

    // Microsoft.Data.Sqlite pools its native connections and reuses them across opens; the pragma lasts as long as the native
    // connection, so it runs once per native connection rather than on every open.
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = new();
    private static readonly object Done = new();

    private SqliteConnectionSetup() { }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    private static void Prepare(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Prepared.TryGetValue(handle, out _)) return;
        // Through a command rather than sqlite3_exec: a new connection's first statement reads the schema, which another
        // connection's write can hold locked for a moment, and the command waits that out (up to its timeout) where a bare
        // exec failed with "database is locked" (seen under the 50-client load test).
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = -{CacheKiB}";
        command.ExecuteNonQuery();
        // A bulk load writes through a rollback journal (LoadJournal) and puts WAL back at its end; a load that was killed
        // leaves the file in rollback mode, and the first connection after it, having played the journal back, puts WAL back.
        command.CommandText = "PRAGMA main.journal_mode";
        if (command.ExecuteScalar() is "delete") RestoreWal(handle);
        Prepared.AddOrUpdate(handle, Done);
    }

    /// <summary>
    /// On the bare handle, which fails at once when another connection holds the file (a load still running) where a command
    /// would retry for its whole timeout; the next connection opened then tries again. A read-only connection cannot change
    /// the mode (EF opens one to see whether the database exists, before migrating): the first writable one does.
    /// </summary>
    private static void RestoreWal(sqlite3 handle)
    {
        // Primary codes: the extended ones (SQLITE_READONLY_ROLLBACK and the like) carry them in their low byte.
        if ((raw.sqlite3_exec(handle, "PRAGMA main.journal_mode = WAL") & 0xFF) is not (raw.SQLITE_OK or raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_READONLY))
            SqliteException.ThrowExceptionForRC(raw.sqlite3_errcode(handle), handle);
    }
}
