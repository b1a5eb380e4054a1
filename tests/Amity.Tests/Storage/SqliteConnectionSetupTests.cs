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
}
