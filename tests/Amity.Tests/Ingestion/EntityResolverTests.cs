using Amity.Ingestion;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Ingestion;

public class EntityResolverTests
{
    private const int Others = 5_000;

    [Theory, ClassData(typeof(Providers))]
    public async Task APersonIsFoundByEveryNameAndScriptAmongThousandsOfOthersReadingOnlyTheirCandidates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var (kim, hyun) = await FillAsync(db);

        var resolver = await EntityResolver.LoadAsync(db, ["Dong Yeon Kim", "김동연", "Governor Kim", "Kim Dong-hyun"], CancellationToken.None);

        Assert.Equal(kim, resolver.Person("Dong Yeon Kim"));
        Assert.Equal(kim, resolver.Person("김동연"));
        Assert.Equal(kim, resolver.Person("Governor Kim"));
        Assert.Equal(hyun, resolver.Person("Kim Dong-hyun"));
        // A name the article did not give (a reviewer's edit) is read when asked for.
        Assert.Equal(kim, resolver.Person("KIM Dongyeon"));
        Assert.Null(resolver.Person("Kim Dong-su"));
        Assert.Equal(Others + 2, await db.People.CountAsync());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task APersonRenamedAndSavedIsFoundUnderTheNewNameAndNoLongerUnderTheOld(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            db.People.Add(new Person { Name = "Hao Feng", NativeName = "郝鹏", Aliases = ["Secretary Hao"] });
            await db.SaveChangesAsync();
        }
        await using (var db = database.Open())
        {
            var hao = await db.People.SingleAsync();
            hao.Aliases = ["Party Secretary Hao"];
            hao.NativeName = null;
            await db.SaveChangesAsync();

            var resolver = await EntityResolver.LoadAsync(db, ["Party Secretary Hao", "Secretary Hao", "郝鹏", "Feng Hao"], CancellationToken.None);
            Assert.Equal(hao.Id, resolver.Person("Party Secretary Hao"));
            Assert.Equal(hao.Id, resolver.Person("Feng Hao"));
            Assert.Null(resolver.Person("Secretary Hao"));
            Assert.Null(resolver.Person("郝鹏"));

            db.People.Remove(hao);
            await db.SaveChangesAsync();
            Assert.Equal(0, await db.NameKeys.CountAsync());
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task RecordsMadeBeforeTheKeysExistedAreFoundOnceTheirPendingMarkIsFilled(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var (kim, _) = await FillAsync(db);
        // What the migration leaves for a record already on file: its keys gone, the pending mark in their place.
        await db.NameKeys.Where(k => k.PersonId == kim).ExecuteDeleteAsync();
        db.NameKeys.Add(new NameKey { Key = NameKey.Pending, PersonId = kim });
        await db.SaveChangesAsync();

        var resolver = await EntityResolver.LoadAsync(db, ["김동연"], CancellationToken.None);

        Assert.Equal(kim, resolver.Person("김동연"));
        Assert.False(await db.NameKeys.AnyAsync(k => k.Key == NameKey.Pending));
    }

    /// <summary>Thousands of people written as import writes them (the bulk writer), Kim Dong-yeon and a near namesake among them.</summary>
    private static async Task<(int Kim, int Hyun)> FillAsync(AmityDb db)
    {
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var writer = new BulkWriter(db);
            for (var i = 1; i <= Others; i++)
                writer.Add(new Person { Id = i, Name = $"Person{i} Family{i % 97}", Aliases = [$"Director {i}"], NativeName = $"사람{i}" });
            writer.Add(new Person { Id = Others + 1, Name = "Kim Dong-yeon", NativeName = "김동연", Aliases = ["Governor Kim", "Dong Yeon Kim"] });
            writer.Add(new Person { Id = Others + 2, Name = "Kim Dong-hyun", NativeName = "김동현" });
            await writer.FlushAsync(CancellationToken.None);
            if (db.Provider == DatabaseProvider.Postgres) await Amity.Exchange.ImportDocument.AdvanceIdentitiesAsync(db, CancellationToken.None);
            await transaction.CommitAsync();
        }
        await db.Database.CloseConnectionAsync();
        return (Others + 1, Others + 2);
    }
}
