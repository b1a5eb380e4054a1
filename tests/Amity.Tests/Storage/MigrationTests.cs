using Microsoft.EntityFrameworkCore;

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
