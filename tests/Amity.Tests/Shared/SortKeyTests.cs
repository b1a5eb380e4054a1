using System.Globalization;
using System.Net.Http.Json;
using Amity.Shared;
using Names = Amity.Shared.Names;
using Amity.Ingestion;
using Amity.Extraction;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Shared;

/// <summary>The stored sort key of people and organizations: what it orders like, and that every write path keeps it.</summary>
public class SortKeyTests
{
    [Fact]
    public void LatinNamesSortByTheirKeysAsTheReadersCollationSortsThemIgnoringCaseAndAccents()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
            string[] names = ["Zoë Ōkubo", "émile zola", "Emil Nolde", "Ängelholm Kommun", "angela Merkel", "Øresund Region", "Oslo", "Łódź Voivodeship",
                "Lyon", "Straße Verein", "Strasse Eins", "Çankaya", "Canberra", "dong yeon Kim", "Dong Yeon Kim"];
            var byCollation = names.OrderBy(n => n, Names.Comparer).ToList();
            var byKey = names.OrderBy(Names.SortKey, StringComparer.Ordinal).ToList();
            Assert.Equal(byCollation, byKey);
            Assert.Equal(Names.SortKey("Émile Zola"), Names.SortKey("emile zola"));
        }
        finally { CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void HangulSortsInDictionaryOrderAndKanaWithOrWithoutVoicingMarksTogether()
    {
        string[] hangul = ["허성", "가나다", "각", "김동연", "염종현", "김동"];
        Assert.Equal(["가나다", "각", "김동", "김동연", "염종현", "허성"], hangul.OrderBy(Names.SortKey, StringComparer.Ordinal));
        // The Hangul syllables themselves are kept, not their jamo.
        Assert.Equal("김동연", Names.SortKey("김동연"));
        Assert.Equal(Names.SortKey("かっこう"), Names.SortKey("がっこう"));
        Assert.Equal(Names.SortKey("ガイド"), Names.SortKey("カイト"));
        // Full-width Latin letters are the letters.
        Assert.Equal("abc", Names.SortKey("ＡＢＣ"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task EveryWritePathKeepsTheSortKeyOfTheName(DatabaseProvider provider)
    {
        // The demo arrives through the JSON import (the bulk writer).
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        await AssertKeysFollowNamesAsync(server);

        // The API: create, then rename.
        var person = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Émile Zola" });
        var renamed = await server.Client.PutAsJsonAsync($"/api/v1/people/{person.Id}", person with { Name = "Ümit Aksoy" }, AmityServer.Json);
        renamed.EnsureSuccessStatusCode();
        var organization = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Île-de-France", kind = "region" });
        await using (var db = server.OpenDb())
        {
            Assert.Equal("umit aksoy", await db.People.Where(p => p.Id == person.Id).Select(p => p.SortKey).SingleAsync());
            Assert.Equal("ile-de-france", await db.Organizations.Where(o => o.Id == organization.Id).Select(o => o.SortKey).SingleAsync());
        }

        // The pages: a partner and a person renamed through their forms.
        var (partnerSaved, _) = await server.SubmitAsync($"/partners/{organization.Id}/edit",
            [new("Input.Name", "Åland Islands"), new("Input.Kind", "Region"), new("Input.Version", "1")]);
        Assert.Equal($"/partners/{organization.Id}", partnerSaved.Landed());
        var (personSaved, _) = await server.SubmitAsync($"/people/{person.Id}/edit", [new("Input.Name", "Ödön Horváth"), new("Input.Version", "2")]);
        Assert.Equal($"/people/{person.Id}", personSaved.Landed());
        await using (var db = server.OpenDb())
        {
            Assert.Equal("aland islands", await db.Organizations.Where(o => o.Id == organization.Id).Select(o => o.SortKey).SingleAsync());
            Assert.Equal("odon horvath", await db.People.Where(p => p.Id == person.Id).Select(p => p.SortKey).SingleAsync());
        }

        // The spreadsheet import.
        var csv = "Name,Native name,Aliases,Title,Organization\nÉva Kovács,,,Mayor,Gyeonggi Province\n";
        var token = Html.AntiforgeryToken(await server.Client.GetStringAsync("/import"));
        var preview = await Exchange.SpreadsheetImportTests.PostAsync(server, "Preview", token,
            [new StringContent("People"), new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv))], ["Sheet", "Upload"], "people.csv");
        var payload = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(preview, "name=\"Payload\" value=\"([^\"]+)\"").Groups[1].Value);
        await Exchange.SpreadsheetImportTests.PostAsync(server, "Confirm", Html.AntiforgeryToken(preview),
            [new StringContent("People"), new StringContent(payload), new StringContent("people.csv")], ["Sheet", "Payload", "FileName"]);
        await using (var db = server.OpenDb())
            Assert.Equal("eva kovacs", await db.People.Where(p => p.Name == "Éva Kovács").Select(p => p.SortKey).SingleAsync());

        await AssertKeysFollowNamesAsync(server);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task IngestionWritesTheSortKeysOfThePeopleAndOrganizationsItCreates(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var sample = SampleArticles.Read(SampleArticles.GyeonggiLiaoning);
        var proposals = Ingester.Propose(ArticleExtractor.Extract(sample), sample);
        var fields = new List<KeyValuePair<string, string>> { new("Text", sample) };
        for (var i = 0; i < proposals.Count; i++)
        {
            var row = ReviewRow.From(proposals[i]);
            fields.Add(new($"Rows[{i}].Key", proposals[i].Key.ToString()));
            fields.Add(new($"Rows[{i}].Accept", "true"));
            fields.Add(new($"Rows[{i}].Name", row.Name ?? ""));
            if (row.Title is not null) fields.Add(new($"Rows[{i}].Title", row.Title));
            if (row.Date is not null) fields.Add(new($"Rows[{i}].Date", row.Date));
        }
        var (committed, _) = await server.SubmitAsync("/ingest", fields, handler: "Commit");
        Assert.Matches("^/news/\\d+$", committed.Landed());
        await using (var db = server.OpenDb())
            Assert.Equal("hao feng", await db.People.Where(p => p.Name == "Hao Feng").Select(p => p.SortKey).SingleAsync());
        await AssertKeysFollowNamesAsync(server);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task RowsMadeBeforeTheKeyExistedGetTheirKeysWhenTheDatabaseIsMigrated(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        await using (var db = server.OpenDb())
        {
            // What the migration leaves on rows it adds the column to.
            await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.SortKey, ""));
            await db.Organizations.ExecuteUpdateAsync(s => s.SetProperty(o => o.SortKey, ""));
            await db.Database.MigrateAsync();
        }
        await AssertKeysFollowNamesAsync(server);
    }

    private static async Task AssertKeysFollowNamesAsync(AmityServer server)
    {
        await using var db = server.OpenDb();
        var people = await db.People.Select(p => new { p.Name, p.SortKey }).ToListAsync();
        var organizations = await db.Organizations.Select(o => new { o.Name, o.SortKey }).ToListAsync();
        Assert.NotEmpty(people);
        Assert.NotEmpty(organizations);
        Assert.All(people, p => Assert.Equal(Names.SortKey(p.Name), p.SortKey));
        Assert.All(organizations, o => Assert.Equal(Names.SortKey(o.Name), o.SortKey));
        Assert.All(people.Concat(organizations), r => Assert.NotEqual("", r.SortKey));
    }
}
