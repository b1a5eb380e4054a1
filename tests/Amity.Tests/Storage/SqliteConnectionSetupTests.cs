using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amity.Tests.Storage;

/// <summary>SQLite connections, the app's and the command line's, read national-scale pages from a page cache larger than SQLite's 2 MB.</summary>
public class SqliteConnectionSetupTests
{
    [Fact]
    public async Task EveryConnectionTheAppOrTheCommandLineOpensHasTheLargerPageCacheAndKeepsItAcrossPooledOpens()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        async Task<long> CacheSizeAsync(AmityDb db) =>
            await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size").SingleAsync(ct);

        for (var i = 0; i < 3; i++)
        {
            using var scope = server.Services.CreateScope();
            Assert.Equal(-SqliteConnectionSetup.CacheKiB, await CacheSizeAsync(scope.ServiceProvider.GetRequiredService<AmityDb>()));
        }
        await using var cli = server.OpenDb();
        Assert.Equal(-SqliteConnectionSetup.CacheKiB, await CacheSizeAsync(cli));
        // The page still answers with the setting in place (the pragma runs once per native connection, not per open).
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.Client.GetAsync("/partners", ct)).StatusCode);
    }

    [Fact]
    public async Task ANewDatabaseHasPagesOf16KiBAndOneMadeWith4KiBKeepsThemAndItsData()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var made = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = made.Open())
            Assert.Equal(SqliteConnectionSetup.PageSize, await db.Database.SqlQueryRaw<long>("SELECT page_size AS \"Value\" FROM pragma_page_size").SingleAsync(ct));

        // A file made before (by SQLite's default) is used as it is: the setting never rewrites a database.
        var file = Path.Combine(Path.GetTempPath(), $"amity-4k-{Guid.NewGuid():N}.db");
        try
        {
            await using (var bare = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=false"))
            {
                await bare.OpenAsync(ct);
                await using var create = bare.CreateCommand();
                create.CommandText = "PRAGMA page_size = 4096; CREATE TABLE \"Before\" (\"Id\" INTEGER PRIMARY KEY); INSERT INTO \"Before\" VALUES (7);";
                await create.ExecuteNonQueryAsync(ct);
            }
            await using var old = Database.Open($"Data Source={file};Pooling=false");
            Assert.Equal(4096L, await old.Database.SqlQueryRaw<long>("SELECT page_size AS \"Value\" FROM pragma_page_size").SingleAsync(ct));
            Assert.Equal(7L, await old.Database.SqlQueryRaw<long>("SELECT \"Id\" AS \"Value\" FROM \"Before\"").SingleAsync(ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var leftover in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*")) File.Delete(leftover);
        }
    }
}
