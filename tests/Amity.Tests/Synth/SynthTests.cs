using System.Text;
using Amity.Exchange;
using Amity.Synth;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Synth;

public class SynthTests
{
    private static readonly IProgress<(int, int)> Quiet = new Progress<(int, int)>();

    private static async Task<string> SynthesizeAndExportAsync(DatabaseProvider provider, double scale, int seed)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await new Synthesizer(db, SynthSize.At(scale), seed).RunAsync(Quiet, CancellationToken.None);
        using var stream = new MemoryStream();
        await using var reader = database.Open();
        await ExportDocument.WriteAsync(reader, stream, Quiet, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheSameScaleAndSeedGiveTheSameRecords(DatabaseProvider provider)
    {
        var first = await SynthesizeAndExportAsync(provider, 0.002, seed: 3);
        var second = await SynthesizeAndExportAsync(provider, 0.002, seed: 3);
        Assert.Equal(first, second);
        Assert.NotEqual(first, await SynthesizeAndExportAsync(provider, 0.002, seed: 4));
    }

    [Fact]
    public void TheDatasetGrowsLinearlyWithTheScale()
    {
        var one = SynthSize.At(1);
        Assert.Equal((10_000, 50_000, 200_000, 20_000, 100_000, 50_000), (one.Organizations, one.People, one.Engagements, one.Agreements, one.Commitments, one.Articles));
        var five = SynthSize.At(5);
        Assert.Equal(5 * one.Engagements, five.Engagements);
        Assert.Equal(5 * one.Commitments, five.Commitments);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheRecordsAreConsistentAndTheApiServesThem(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        await using (var db = server.OpenDb())
            await new Synthesizer(db, SynthSize.At(0.002), 1).RunAsync(Quiet, CancellationToken.None);

        await using var check = server.OpenDb();
        Assert.Equal(20, await check.Organizations.CountAsync());
        Assert.Equal(1, await check.Organizations.CountAsync(o => o.IsHome));
        Assert.Equal(200, await check.Commitments.CountAsync());
        Assert.True(await check.Engagements.AllAsync(e => e.Participants.Count >= 1));
        // Documents written by synth pass import's checks: every reference holds.
        using var stream = new MemoryStream();
        await ExportDocument.WriteAsync(check, stream, Quiet, CancellationToken.None);
        stream.Position = 0;
        var document = await System.Text.Json.JsonSerializer.DeserializeAsync<AmityDocument>(stream, ExportDocument.Json);
        Assert.Empty(ImportDocument.Check(document!).ToString());

        var created = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "After synth", kind = "other" });
        Assert.Equal(21, created.Id);
    }

    /// <summary>
    /// Enough rows that the bulk writer puts many in each INSERT (and the last few one by one), imported from a file as
    /// `amity import` does: the import gives back every record as it was, and the search index built beside holds them.
    /// </summary>
    [Theory, ClassData(typeof(Providers))]
    public async Task ASynthesizedDatasetImportedFromAFileExportsTheSameAndItsArticlesAreFound(DatabaseProvider provider)
    {
        var first = await SynthesizeAndExportAsync(provider, 0.01, seed: 5);
        var file = Path.Combine(Path.GetTempPath(), $"amity-synth-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, first);
            await using var target = await TestDatabase.CreateAsync(provider);
            await using (var db = target.Open())
            {
                var result = await ImportDocument.ImportFileAsync(db, file, Quiet, CancellationToken.None);
                Assert.True(result.Succeeded, result.Errors.ToString());
            }
            await using var reader = target.Open();
            using var stream = new MemoryStream();
            await ExportDocument.WriteAsync(reader, stream, Quiet, CancellationToken.None);
            Assert.Equal(first, Encoding.UTF8.GetString(stream.ToArray()));

            // The search index the import built beside (SQLite; PostgreSQL indexes the table itself) holds the last article.
            if (provider != DatabaseProvider.Sqlite) return;
            var last = await reader.Articles.OrderBy(a => a.Id).LastAsync();
            var words = last.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var phrase = string.Join(' ', words.Skip(words.Length / 2).Take(3));
            var hits = await Amity.Search.SearchApi.FindAsync(reader, phrase, "article", 50, CancellationToken.None);
            Assert.Contains(last.Id, hits.Select(h => h.Id));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
