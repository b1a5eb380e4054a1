using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Storage;

/// <summary>
/// While the search index beside a load is behind, the writer builds the dropped indexes of tables it no longer writes
/// (an import's earlier sections) instead of waiting; those indexes are complete and kept up to date by later rows.
/// </summary>
public class BulkLoadTests
{
    [Fact]
    public async Task TheIndexesOfATableNoLongerWrittenAreBuiltEarlyAndStayCompleteWhenMoreRowsFollow()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.Open();
        var before = await IndexesAsync(db, ct);
        Assert.Contains("IX_Organizations_Name", before);
        Assert.Contains("IX_People_Name", before);

        await db.Database.OpenConnectionAsync(ct);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await using var load = await BulkLoad.BeginAsync(db, ct, searchBeside: true);
            var writer = new BulkWriter(db, load);
            writer.Add(new Organization { Id = 1, Name = "Harbour Works Authority" });
            await writer.FlushAsync(ct);
            // Just written: the writer may still add to it.
            Assert.DoesNotContain("IX_Organizations_Name", await IndexesAsync(db, ct));

            for (var i = 1; i <= 3; i++)
            {
                writer.Add(new Person { Id = i, Name = $"Tamsin Okoro-Bell {i}" });
                await writer.FlushAsync(ct);
            }
            while (load.BuildQuietIndex()) { }
            var early = await IndexesAsync(db, ct);
            Assert.Contains("IX_Organizations_Name", early);
            Assert.DoesNotContain("IX_People_Name", early);
            Assert.Equal(early.Count, load.IndexesBuiltEarly);

            // A table taken for complete that is written again: its index takes the row.
            writer.Add(new Organization { Id = 2, Name = "Alder Valley Chamber of Trade" });
            await writer.FlushAsync(ct);
            await load.CompleteAsync(ct);
            await transaction.CommitAsync(ct);
        }

        Assert.Equal(before, await IndexesAsync(db, ct));
        Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS \"Value\" FROM pragma_integrity_check").SingleAsync(ct));
        var byIndex = await db.Database.SqlQueryRaw<string>("SELECT \"Name\" AS \"Value\" FROM \"Organizations\" INDEXED BY \"IX_Organizations_Name\" WHERE \"Name\" > ''").ToListAsync(ct);
        Assert.Equal(["Alder Valley Chamber of Trade", "Harbour Works Authority"], byIndex);
        Assert.Equal(3, await db.People.CountAsync(p => p.Name.StartsWith("Tamsin"), ct));
    }

    private static async Task<List<string>> IndexesAsync(AmityDb db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").ToListAsync(ct);
}
