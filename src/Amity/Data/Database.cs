using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Amity.Data;

/// <summary>Chooses the provider from the connection string and registers the matching context.</summary>
public static class Database
{
    public static DatabaseProvider ProviderOf(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static IServiceCollection AddAmityDb(this IServiceCollection services, string connectionString)
    {
        // Contexts are pooled: a request rents one with its internal services already resolved. Unpooled, each request
        // built the context's own service scope, which was a third of the CPU time of an API get of one record (a
        // profile under wrk), and the options are built once rather than per request. AmityDb keeps no state of its own
        // across leases (see Actor).
        if (ProviderOf(connectionString) == DatabaseProvider.Postgres)
            services.AddDbContextPool<AmityDb, PostgresAmityDb>(o => ConfigurePostgres(o, connectionString));
        else
            services.AddDbContextPool<AmityDb, SqliteAmityDb>(o => ConfigureSqlite(o, connectionString));
        return services;
    }

    /// <summary>
    /// Applies the pending migrations, and does nothing when there are none. Every command starts by migrating, and EF Core's
    /// Migrate takes its migration lock even with nothing to apply: on SQLite a row in __EFMigrationsLock, which a process
    /// killed while holding it never removes, after which every later Migrate waits forever (dotnet/efcore#38958). Found by
    /// KillDuringIngestTests, which kills `ingest --commit` at moments spread over its run.
    /// </summary>
    /// <returns>The migrations applied.</returns>
    public static async Task<IReadOnlyList<string>> MigrateIfPendingAsync(this AmityDb db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return pending;
        if (db.Provider != DatabaseProvider.Sqlite || SqliteFile(db) is not { } file)
        {
            // PostgreSQL's migration lock is an advisory lock of the session: it goes with a killed process's connection.
            await db.Database.MigrateAsync(ct);
            return pending;
        }
        // A lock row left by a process killed in the middle of a migration would stop every later one. Beside the database, a
        // file locked by the operating system (flock, released when its process ends, however it ends) tells a live migration
        // from a dead one's leftover: whoever holds it is the only process migrating, so any lock row it finds is stale.
        // Where the file cannot be made (a read-only folder), there is no telling, and the lock row is left to EF Core.
        await using var guard = await MigrationGuard.AcquireAsync(file + ".migrating", ct);
        // Another process may have applied them while this one waited.
        pending = [.. await db.Database.GetPendingMigrationsAsync(ct)];
        if (pending.Count == 0) return pending;
        if (guard is not null) await ClearStaleMigrationLockAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        return pending;
    }

    private static string? SqliteFile(AmityDb db)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        return string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            ? null : Path.GetFullPath(builder.DataSource);
    }

    private static async Task ClearStaleMigrationLockAsync(AmityDb db, CancellationToken ct)
    {
        const string exists = "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if (await db.Database.SqlQueryRaw<int>(exists).SingleAsync(ct) > 0)
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct);
    }

    /// <summary>A context outside dependency injection, for the command line, tests and benchmarks (which may add logging).</summary>
    public static AmityDb Open(string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        if (ProviderOf(connectionString) == DatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresAmityDb>();
            ConfigurePostgres(options, connectionString);
            configure?.Invoke(options);
            return new PostgresAmityDb(options.Options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteAmityDb>();
            ConfigureSqlite(options, connectionString);
            configure?.Invoke(options);
            return new SqliteAmityDb(options.Options);
        }
    }

    /// <summary>The default SQLite file under the data folder, created if missing.</summary>
    public static string DefaultConnectionString(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(dataFolder), "amity.db") }.ToString();
    }

    private static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (folder is not null) Directory.CreateDirectory(folder);
        }
        options.UseSqlite(connectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .UseModel(CompiledModels.Sqlite.SqliteAmityDbModel.Instance)
            .AddInterceptors(SqliteConnectionSetup.Instance).UseSortKeys();
    }

    // A list in a query (ids.Contains(x.Id)) goes into SQL as one array parameter (json_each on SQLite, = ANY on PostgreSQL)
    // rather than one parameter per element: a command whose text depends on the list's length is not cached, and EF Core
    // rebuilt its SQL on every execution (profiled on the partner page, where the hot queries already said EF.Parameter).
    private static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .UseModel(CompiledModels.Postgres.PostgresAmityDbModel.Instance).UseSortKeys();

    // EF Core runs the seeding after every migration (the app's, the command line's, the tests'): the moment the sort key
    // column exists, the rows it was added to get their keys.
    private static DbContextOptionsBuilder UseSortKeys(this DbContextOptionsBuilder options) =>
        options.UseSeeding((db, _) => SortKeys.FillAsync((AmityDb)db, CancellationToken.None).GetAwaiter().GetResult())
            .UseAsyncSeeding((db, _, ct) => SortKeys.FillAsync((AmityDb)db, ct));
}

// The design-time factories let `dotnet ef` build each provider's context to write its migrations.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAmityDb>
{
    public SqliteAmityDb CreateDbContext(string[] args) => (SqliteAmityDb)Database.Open("Data Source=design.db");
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAmityDb>
{
    public PostgresAmityDb CreateDbContext(string[] args) => (PostgresAmityDb)Database.Open("Host=localhost;Database=amity;Username=amity");
}

/// <summary>An exclusive lock on a file, held by the operating system for as long as this process keeps it open.</summary>
internal sealed class MigrationGuard : IAsyncDisposable
{
    private readonly FileStream _file;
    private MigrationGuard(FileStream file) => _file = file;

    /// <summary>Waits until no other process holds the file (.NET takes flock(LOCK_EX) for FileShare.None on Unix); null where it cannot be made.</summary>
    public static async Task<MigrationGuard?> AcquireAsync(string path, CancellationToken ct)
    {
        var told = false;
        while (true)
        {
            try
            {
                return new MigrationGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process is migrating the same database: wait for it (its migration may take minutes on a large file),
                // and say so, or a command that waits looks like one that hangs.
                if (!told) await Console.Error.WriteLineAsync($"amity: waiting for another process that is migrating this database ({path} is locked).");
                told = true;
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
        }
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
