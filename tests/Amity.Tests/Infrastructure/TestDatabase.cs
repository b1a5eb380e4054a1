using Amity.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Amity.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database of one provider for one test: a temporary SQLite file, or a new database on the PostgreSQL
/// server that ./test starts. A PostgreSQL test fails, never skips, when that server is missing.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _file;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? file, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _file = file;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"amity-test-{Guid.NewGuid():N}.db");
            // A migrated database is a copy of one migrated once per test run: the migrations are the same for every test.
            if (migrate) File.Copy(await SqliteTemplate.Value, file);
            return new TestDatabase(provider, SqliteConnectionString(file), file, null);
        }
        var name = $"amity_test_{Guid.NewGuid():N}";
        await CreatePostgresAsync(name, migrate ? await PostgresTemplate.Value : null);
        return new TestDatabase(provider, PostgresConnection(name), null, name);
    }

    private static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static string PostgresConnection(string name, bool pooling = true) => new NpgsqlConnectionStringBuilder(PostgresAdmin()) { Database = name, Pooling = pooling }.ConnectionString;

    private static readonly Lazy<Task<string>> SqliteTemplate = new(async () =>
    {
        var file = Path.Combine(Path.GetTempPath(), $"amity-test-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        await using (var db = Database.Open(SqliteConnectionString(file))) await db.Database.MigrateAsync();
        // Closed (no pooling), so the file holds everything: no write-ahead log is left beside it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix); };
        return file;
    });

    /// <summary>A migrated database new ones are made from (CREATE DATABASE … TEMPLATE copies its files); nothing stays connected to it.</summary>
    private static readonly Lazy<Task<string>> PostgresTemplate = new(async () =>
    {
        var name = $"amity_template_{Guid.NewGuid():N}";
        await CreatePostgresAsync(name, null);
        await using (var db = Database.Open(PostgresConnection(name, pooling: false))) await db.Database.MigrateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var connection = new NpgsqlConnection(PostgresAdmin());
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        };
        return name;
    });

    private static async Task CreatePostgresAsync(string name, string? template)
    {
        await using var connection = new NpgsqlConnection(PostgresAdmin());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{(template is null ? "" : $" TEMPLATE \"{template}\"")}", connection);
        await create.ExecuteNonQueryAsync();
    }

    public AmityDb Open() => Database.Open(ConnectionString);

    /// <summary>The admin connection string ./test exports; without it, a PostgreSQL test cannot run and must fail.</summary>
    public static string PostgresAdmin() =>
        Environment.GetEnvironmentVariable("AMITY_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "AMITY_TEST_POSTGRES is not set, so the PostgreSQL tests have no server. Run ./test, which starts one, " +
                "or set it to an admin connection string such as Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres.");

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                try { File.Delete(_file + suffix); } catch (IOException) { }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresAdmin());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
