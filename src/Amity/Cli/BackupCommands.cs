using System.CommandLine;
using Amity.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Amity.Cli;

/// <summary>
/// `backup` and `restore` for the embedded SQLite database. A backup is SQLite's online backup, consistent while the
/// server keeps writing; a restore checks the file is an Amity database before it replaces anything, and replaces the
/// database by renaming a complete copy over it, so a crash leaves either the old database or the new one, never half.
/// PostgreSQL has its own tools for this (pg_dump, pg_restore); docs/operations.md gives the commands.
/// </summary>
internal static class BackupCommands
{
    private const string PostgresAdvice =
        "The database is PostgreSQL: back it up with pg_dump --format=custom and restore it with pg_restore (see docs/operations.md).";

    public static Command Backup(Func<ParseResult, string> connectionString)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Where to write the copy of the database (a SQLite file)." };
        var force = new Option<bool>("--force") { Description = "Replace FILE if it already exists." };
        var command = new Command("backup", "Copy the SQLite database to FILE, consistently, even while the server is running and writing.") { file, force };
        command.SetAction(async (parse, ct) =>
        {
            var connection = connectionString(parse);
            if (Database.ProviderOf(connection) == DatabaseProvider.Postgres) return Refuse("backup", PostgresAdvice);
            var source = SqliteFile(connection);
            var target = parse.GetValue(file)!;
            if (source is null || !File.Exists(source)) return Refuse("backup", $"there is no database at {source ?? connection}.");
            if (target.Exists && !parse.GetValue(force)) return Refuse("backup", $"{target.FullName} already exists; add --force to replace it.");
            if (SamePath(source, target.FullName)) return Refuse("backup", "FILE is the database itself.");

            await ReplaceAtomicallyAsync(target.FullName, async temporary =>
            {
                await using var from = Open(source, SqliteOpenMode.ReadOnly);
                await using var to = Open(temporary, SqliteOpenMode.ReadWriteCreate);
                from.BackupDatabase(to);
            }, ct);
            var records = await CountRecordsAsync(target.FullName, ct);
            Console.WriteLine($"Backed up {records:N0} records to {target.FullName}.");
            return 0;
        });
        return command;
    }

    public static Command Restore(Func<ParseResult, string> connectionString)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A backup written by ./amity backup (or any SQLite copy of an Amity database)." };
        var force = new Option<bool>("--force") { Description = "Replace the current database even though it holds records." };
        var command = new Command("restore", "Replace the SQLite database with the backup FILE, after checking that FILE is an Amity database. Stop the server first.")
        {
            file, force,
        };
        command.SetAction(async (parse, ct) =>
        {
            var connection = connectionString(parse);
            if (Database.ProviderOf(connection) == DatabaseProvider.Postgres) return Refuse("restore", PostgresAdvice);
            var target = SqliteFile(connection);
            var backup = parse.GetValue(file)!;
            if (target is null) return Refuse("restore", $"the database '{connection}' is not a file.");
            if (!backup.Exists) return Refuse("restore", $"{backup.FullName} does not exist.");
            if (SamePath(target, backup.FullName)) return Refuse("restore", "FILE is the database itself.");
            if (await CheckBackupAsync(backup.FullName, ct) is { } problem) return Refuse("restore", $"{backup.Name} {problem}; nothing was changed.");
            if (File.Exists(target) && !parse.GetValue(force) && await CountRecordsAsync(target, ct) is var held and > 0)
                return Refuse("restore", $"the database {target} holds {held:N0} records; add --force to replace them with the backup.");

            await ReplaceAtomicallyAsync(target, async temporary =>
            {
                await using (var from = Open(backup.FullName, SqliteOpenMode.ReadOnly))
                await using (var to = Open(temporary, SqliteOpenMode.ReadWriteCreate))
                    from.BackupDatabase(to);
                // A backup from an older Amity is brought up to this version before it takes the database's place.
                await using var db = Database.Open(ConnectionTo(temporary));
                await db.MigrateIfPendingAsync(ct);
            }, ct, beforeRename: () => RollBackInterruptedWrite(target));
            Console.WriteLine($"Restored {await CountRecordsAsync(target, ct):N0} records from {backup.Name} into {target}.");
            return 0;
        });
        return command;
    }

    /// <summary>Null when the file is a sound SQLite database that Amity's migrations made; otherwise what is wrong with it.</summary>
    private static async Task<string?> CheckBackupAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            if (await check.ExecuteScalarAsync(ct) is not "ok") return "is a damaged SQLite database";
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct)) == 0) return "is a SQLite database but not an Amity one (it has no migration history)";
            check.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
            var applied = new List<string>();
            await using (var reader = await check.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
            await using var db = Database.Open(ConnectionTo(path, SqliteOpenMode.ReadOnly));
            var known = db.Database.GetMigrations().ToHashSet();
            if (applied.Count == 0) return "is an Amity database that was never migrated";
            if (applied.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
                return $"was written by a newer Amity (migration {unknown} is unknown to this one)";
            return null;
        }
        catch (SqliteException e)
        {
            return $"is not a SQLite database ({e.SqliteErrorCode}: {e.Message.TrimEnd('.')})";
        }
    }

    /// <summary>Writes a complete file beside the target, checks it, and only then renames it over the target.</summary>
    private static async Task ReplaceAtomicallyAsync(string target, Func<string, Task> write, CancellationToken ct, Action? beforeRename = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await write(temporary);
            await using (var check = Open(temporary, SqliteOpenMode.ReadOnly))
            await using (var command = check.CreateCommand())
            {
                command.CommandText = "PRAGMA quick_check";
                if (await command.ExecuteScalarAsync(ct) is not "ok") throw new InvalidOperationException($"The copy at {temporary} did not pass SQLite's check.");
            }
            SqliteConnection.ClearAllPools();
            beforeRename?.Invoke();
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
                if (File.Exists(temporary + suffix)) File.Delete(temporary + suffix);
        }
    }

    /// <summary>
    /// A journal left by a write that was killed belongs to the old database; opening it once lets SQLite roll that
    /// write back and remove the journal, so it is never applied to the restored file that takes the old one's name.
    /// </summary>
    private static void RollBackInterruptedWrite(string target)
    {
        if (!File.Exists(target)) return;
        using (var connection = Open(target, SqliteOpenMode.ReadWrite))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA quick_check";
            command.ExecuteScalar();
        }
        SqliteConnection.ClearAllPools();
    }

    private static async Task<long> CountRecordsAsync(string path, CancellationToken ct)
    {
        await using var connection = Open(path, SqliteOpenMode.ReadOnly);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        if (tables.Count == 0) return 0;
        command.CommandText = "SELECT " + string.Join(" + ", tables.Select(t => $"(SELECT count(*) FROM \"{t.Replace("\"", "\"\"")}\")"));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(ConnectionTo(path, mode));
        connection.Open();
        return connection;
    }

    private static string ConnectionTo(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    private static string? SqliteFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        return string.IsNullOrEmpty(source.DataSource) || source.DataSource == ":memory:" || source.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(source.DataSource);
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static int Refuse(string verb, string message)
    {
        Console.Error.WriteLine($"{verb}: {message}");
        return 1;
    }
}
