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
        // The options are built once (a singleton), not per request: by default EF Core runs this callback for every scope,
        // which parsed the connection string, made sure of the data folder and had EF Core match the options to its
        // internal services again on every API call.
        if (ProviderOf(connectionString) == DatabaseProvider.Postgres)
            services.AddDbContext<AmityDb, PostgresAmityDb>(o => ConfigurePostgres(o, connectionString), optionsLifetime: ServiceLifetime.Singleton);
        else
            services.AddDbContext<AmityDb, SqliteAmityDb>(o => ConfigureSqlite(o, connectionString), optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    /// <summary>A context outside dependency injection, for the command line and tests.</summary>
    public static AmityDb Open(string connectionString)
    {
        if (ProviderOf(connectionString) == DatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresAmityDb>();
            ConfigurePostgres(options, connectionString);
            return new PostgresAmityDb(options.Options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteAmityDb>();
            ConfigureSqlite(options, connectionString);
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
        options.UseSqlite(connectionString);
    }

    private static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);
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
