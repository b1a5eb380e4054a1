using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Amity.Tests.Storage;

public class MigrationTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheModelHasNoChangesMissingFromTheMigrations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = database.Open();
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration: add one with dotnet ef migrations add.");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task MigratingAnEmptyDatabaseAppliesEveryMigration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = database.Open();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(provider, db.Provider);
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public void TheConnectionStringChoosesTheProvider()
    {
        Assert.Equal(DatabaseProvider.Sqlite, Amity.Data.Database.ProviderOf("Data Source=/tmp/amity.db"));
        Assert.Equal(DatabaseProvider.Postgres, Amity.Data.Database.ProviderOf("Host=localhost;Database=amity;Username=amity"));
    }
}

/// <summary>
/// EF Core's migration lock on SQLite is a row in __EFMigrationsLock that a process killed mid-migration leaves behind, after
/// which every later migration would wait forever (dotnet/efcore#38958). A file beside the database, locked by the operating
/// system while a migration runs, tells such a leftover from a live migration.
/// </summary>
public class SqliteMigrationLockTests
{
    [Fact]
    public async Task ALockRowLeftByAMigrationKilledMidwayDoesNotStopTheNext()
    {
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        string last;
        await using (var db = target.Open())
        {
            var all = db.Database.GetMigrations().ToList();
            last = all[^1];
            // Every migration but the last applied, and the lock row a process killed inside the last one would leave.
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(all[^2]);
            await db.Database.ExecuteSqlRawAsync("""CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL)""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-27 05:00:00+00:00')""");
        }

        using var migrate = AmityProcess.Start("db", "migrate", "--db", target.ConnectionString);
        await migrate.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(migrate.ExitCode == 0, migrate.Error);
        Assert.Contains($"Applied 1 migration(s): {last}", migrate.Output);
        await using var after = target.Open();
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task AMigrationWaitsForAnotherThatIsStillRunningAndThenFindsNothingToDo()
    {
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var file = Snapshots.SqliteFile(target);
        // This test stands for the live migration: it holds the file lock, as a migrating process does.
        var running = new FileStream(file + ".migrating", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var second = AmityProcess.Start("db", "migrate", "--db", target.ConnectionString);
        // It has seen the pending migrations and found the lock held; it must say so and wait, not migrate.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!second.HasExited && !second.Error.Contains("waiting for another process", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromMinutes(1))
            await Task.Delay(100);
        Assert.False(second.HasExited, $"A migration did not wait for the one running: {second.Output} {second.Error}");
        Assert.Contains($"waiting for another process that is migrating this database ({file}.migrating is locked)", second.Error);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(second.HasExited, $"A migration stopped waiting while the other still ran: {second.Output} {second.Error}");
        await using (var db = target.Open()) await db.Database.MigrateAsync();
        await running.DisposeAsync();

        await second.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("The database is up to date.", second.Output);
        await using var after = target.Open();
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
    }
}
