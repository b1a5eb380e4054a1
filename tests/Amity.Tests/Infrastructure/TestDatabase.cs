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
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"amity-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), file, null);
        }
        else
        {
            var admin = PostgresAdmin();
            var name = $"amity_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            database = new TestDatabase(provider, builder.ConnectionString, null, name);
        }
        if (migrate)
        {
            await using var db = database.Open();
            await db.Database.MigrateAsync();
        }
        return database;
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
