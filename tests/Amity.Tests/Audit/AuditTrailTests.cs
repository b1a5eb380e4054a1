using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amity.Api;
using Amity.Audit;
using Amity.Exchange;
using Amity.Ingestion;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Audit;

public class AuditTrailTests
{
    private static Task<Page<AuditEntryRecord>> TrailAsync(AmityServer server, string query) =>
        server.GetAsync<Page<AuditEntryRecord>>("/api/v1/audit?" + query);

    private static string? Field(JsonElement? values, string name) =>
        values is { } v && v.TryGetProperty(name, out var field) ? field.ToString() : null;

    [Theory, ClassData(typeof(Providers))]
    public async Task CreatingUpdatingAndDeletingThroughTheApiRecordsWhoWhenAndTheValuesBeforeAndAfter(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var created = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Jalisco", kind = "region", country = "Mexico" });
        var id = created.Id!.Value;
        await Expect.Status(await server.Client.PutAsJsonAsync($"/api/v1/organizations/{id}",
            new { name = "Jalisco State", kind = "region", country = "Mexico", version = 1 }, AmityServer.Json), HttpStatusCode.OK);
        await Expect.Status(await server.Client.DeleteAsync($"/api/v1/organizations/{id}"), HttpStatusCode.NoContent);

        var trail = await TrailAsync(server, $"recordType=organization&recordId={id}");
        Assert.Equal([AuditAction.Delete, AuditAction.Update, AuditAction.Create], trail.Items.Select(e => e.Action));
        Assert.All(trail.Items, e => Assert.Equal("token:tests-admin", e.Actor));
        Assert.All(trail.Items, e => Assert.Equal(new DateOnly(2024, 11, 1), DateOnly.FromDateTime(e.At.UtcDateTime)));
        Assert.All(trail.Items, e => Assert.Null(e.Part));

        var (delete, update, create) = (trail.Items[0], trail.Items[1], trail.Items[2]);
        Assert.Null(create.Before);
        Assert.Equal("Jalisco", Field(create.After, "name"));
        Assert.Equal("Region", Field(create.After, "kind"));
        Assert.Equal("Mexico", Field(create.After, "country"));

        Assert.Equal("Jalisco", Field(update.Before, "name"));
        Assert.Equal("Jalisco State", Field(update.After, "name"));
        Assert.Equal(("1", "2"), (Field(update.Before, "version"), Field(update.After, "version")));
        // An update records what changed, not the fields that stayed as they were.
        Assert.Null(Field(update.After, "country"));

        Assert.Equal("Jalisco State", Field(delete.Before, "name"));
        Assert.Null(delete.After);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ASaveRefusedForAStaleVersionLeavesNoEntry(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var created = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Jalisco", kind = "region" });
        var address = $"/api/v1/organizations/{created.Id}";
        await Expect.Status(await server.Client.PutAsJsonAsync(address, new { name = "Jalisco State", kind = "region", version = 1 }, AmityServer.Json), HttpStatusCode.OK);
        await Expect.Problem(await server.Client.PutAsJsonAsync(address, new { name = "Estado de Jalisco", kind = "region", version = 1 }, AmityServer.Json), HttpStatusCode.Conflict);

        var trail = await TrailAsync(server, $"recordType=organization&recordId={created.Id}");
        Assert.Equal([AuditAction.Update, AuditAction.Create], trail.Items.Select(e => e.Action));
        Assert.DoesNotContain(trail.Items, e => Field(e.After, "name") == "Estado de Jalisco");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ARecordsChildRowsAreFiledUnderItIncludingThoseItsDeletionTakesWithIt(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var org = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Jalisco", kind = "region" });
        var person = await server.PostAsync<PersonRecord>("/api/v1/people",
            new { name = "Pablo Lemus", positions = new[] { new { title = "Governor", organizationId = org.Id, from = "2024-12" } } });
        var post = Assert.Single(person.Positions!);
        await Expect.Status(await server.Client.PutAsJsonAsync($"/api/v1/people/{person.Id}/positions/{post.Id}",
            new { title = "Governor of Jalisco", organizationId = org.Id, from = "2024-12" }, AmityServer.Json), HttpStatusCode.OK);
        await Expect.Status(await server.Client.DeleteAsync($"/api/v1/people/{person.Id}"), HttpStatusCode.NoContent);

        var trail = (await TrailAsync(server, $"recordType=person&recordId={person.Id}")).Items;
        Assert.Equal(["delete position", "delete ", "update position", "create position", "create "],
            trail.Select(e => $"{e.Action.ToString().ToLowerInvariant()} {e.Part}"));
        Assert.Equal("Governor", Field(trail.Single(e => e.Action == AuditAction.Create && e.Part == "position").After, "title"));
        var changed = trail.Single(e => e.Action == AuditAction.Update);
        Assert.Equal(("Governor", "Governor of Jalisco"), (Field(changed.Before, "title"), Field(changed.After, "title")));
        Assert.Equal(post.Id.ToString(), Field(changed.After, "id"));
        Assert.Equal("Governor of Jalisco", Field(trail.Single(e => e.Action == AuditAction.Delete && e.Part == "position").Before, "title"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ANoteOfProgressGivenThroughTheAgreementPageIsFiledUnderTheAgreementAndShownInItsHistory(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var (noted, html) = await server.SubmitAsync("/agreements/3", [new("Note.CommitmentId", "7"), new("Note.Version", "1"), new("Note.Status", "Done"),
            new("Note.Date", "2024-10-15"), new("Note.Text", "Twelve students exchanged this autumn.")], handler: "Note");
        Assert.Equal("/agreements/3", noted.Landed());

        var trail = (await TrailAsync(server, "recordType=agreement&recordId=3")).Items;
        var note = Assert.Single(trail, e => e.Part == "progress-note");
        Assert.Equal(AuditAction.Create, note.Action);
        Assert.Equal("7", Field(note.After, "commitmentId"));
        Assert.Equal("Twelve students exchanged this autumn.", Field(note.After, "text"));
        var commitment = Assert.Single(trail, e => e.Part == "commitment" && e.Action == AuditAction.Update);
        Assert.Equal(("Planned", "Done"), (Field(commitment.Before, "status"), Field(commitment.After, "status")));
        Assert.All(trail.Take(2), e => Assert.Equal("token:tests-admin", e.Actor));

        var history = Html.Text(Html.Section(html, "history-heading"));
        Assert.Contains("token:tests-admin created (progress note) ", history);
        Assert.Contains("text Twelve students exchanged this autumn.", history);
        Assert.Contains("status Planned → Done", history);
        Assert.Contains("/audit?type=agreement&amp;id=3", Html.Section(html, "history-heading"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnImportRecordsOneCreationPerRecordInItsOwnTransaction(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await using (var db = source.Open()) Assert.True(await DemoData.LoadIfEmptyAsync(db, CancellationToken.None));
        string document;
        await using (var db = source.Open())
        {
            using var stream = new MemoryStream();
            await ExportDocument.WriteAsync(db, stream, new Progress<(int, int)>(), CancellationToken.None);
            document = Encoding.UTF8.GetString(stream.ToArray());
        }

        await using var target = await TestDatabase.CreateAsync(provider);
        await using (var db = target.Open())
        {
            db.Actor = "importer";
            var result = await ImportDocument.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(document)), new Progress<(int, int)>(), CancellationToken.None);
            Assert.True(result.Succeeded, result.Errors.ToString());
        }
        await using (var db = target.Open())
        {
            var parsed = JsonSerializer.Deserialize<AmityDocument>(document, ExportDocument.Json)!;
            var trail = await db.AuditTrail.AsNoTracking().ToListAsync();
            Assert.Equal(parsed.Count, trail.Count);
            Assert.All(trail, e => Assert.Equal((AuditAction.Create, "importer"), (e.Action, e.Actor)));
            Assert.Equal(parsed.People.Count, trail.Count(e => e.RecordType == "person"));
            var kim = await db.People.SingleAsync(p => p.NativeName == "김동연");
            var entry = Assert.Single(trail, e => e.RecordType == "person" && e.RecordId == kim.Id);
            var after = JsonDocument.Parse(entry.After!).RootElement;
            Assert.Equal("김동연", after.GetProperty("nativeName").GetString());
            Assert.True(after.GetProperty("positions").GetArrayLength() > 0, "the imported record's values include its posts");

            // The trail's ids continue after an import, on PostgreSQL's identity as on SQLite's.
            db.Organizations.Add(new Organization { Name = "Jalisco" });
            await db.SaveChangesAsync();
            Assert.Equal(trail.Max(e => e.Id) + 1, await db.AuditTrail.MaxAsync(e => e.Id));
            Assert.Equal("cli:" + Environment.UserName, (await db.AuditTrail.OrderBy(e => e.Id).LastAsync()).Actor);
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ACommittedIngestionRecordsEveryRecordItWrites(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        db.Actor = "reviewer";
        var result = await Ingester.CommitAsync(db, SampleArticles.Read(SampleArticles.GyeonggiLiaoning), null, "sample.txt", [], CancellationToken.None);

        var trail = await db.AuditTrail.AsNoTracking().ToListAsync();
        Assert.All(trail, e => Assert.Equal("reviewer", e.Actor));
        Assert.Contains(trail, e => (e.RecordType, e.RecordId, e.Action, e.Part) == ("article", result.ArticleId, AuditAction.Create, null));
        var created = result.Outcomes.Where(o => o.Outcome == Outcome.Created && o.RecordId is not null).ToList();
        Assert.NotEmpty(created);
        foreach (var outcome in created)
        {
            var type = JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.Type.ToString());
            Assert.Contains(trail, e => (e.RecordType, e.RecordId, e.Action, e.Part) == (type, outcome.RecordId!.Value, AuditAction.Create, null));
        }
        // The links to the article are its children: each is filed under the article.
        Assert.Equal(await db.Set<Amity.News.ArticleLink>().CountAsync(), trail.Count(e => e.RecordType == "article" && e.Part == "article-link" && e.Action == AuditAction.Create));
        var hao = await db.People.SingleAsync(p => p.Name == "Hao Feng");
        Assert.Contains(trail, e => e.RecordType == "person" && e.RecordId == hao.Id && e.Part == "position" && e.After!.Contains("Party Secretary"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheDatabaseRefusesToChangeOrDeleteAnEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            db.Organizations.Add(new Organization { Name = "Jalisco" });
            await db.SaveChangesAsync();
        }
        await using (var db = database.Open())
        {
            var update = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditTrail\" SET \"Actor\" = 'someone else'"));
            Assert.Contains("the audit trail cannot be changed", update.Message);
            var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditTrail\""));
            Assert.Contains("the audit trail cannot be changed", delete.Message);
            if (provider == DatabaseProvider.Postgres)
            {
                var truncate = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditTrail\""));
                Assert.Contains("the audit trail cannot be changed", truncate.Message);
            }
        }
        await using (var db = database.Open())
        {
            var entry = await db.AuditTrail.SingleAsync();
            Assert.Equal(("Jalisco", "cli:" + Environment.UserName), (JsonDocument.Parse(entry.After!).RootElement.GetProperty("name").GetString(), entry.Actor));
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheTrailIsFilteredByRecordActorAndDayAndPagedNewestFirst(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var ids = new List<int>();
        for (var i = 0; i < 3; i++) ids.Add((await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = $"Region {i}", kind = "region" })).Id!.Value);
        await using (var db = server.OpenDb())
        {
            db.Actor = "token:sync";
            db.People.Add(new Person { Name = "Pablo Lemus" });
            await db.SaveChangesAsync();
        }

        var all = await TrailAsync(server, "");
        // The oldest entry is the creation of the token the test server's client holds.
        Assert.Equal(5, all.Total);
        Assert.Equal(("token", "tests-admin"), (all.Items[4].RecordType, all.Items[4].RecordKey));
        Assert.Equal("person", all.Items[0].RecordType);
        Assert.Equal(all.Items.Select(e => e.Id).OrderDescending(), all.Items.Select(e => e.Id));

        Assert.Equal(3, (await TrailAsync(server, "recordType=organization")).Total);
        Assert.Equal(ids[1], Assert.Single((await TrailAsync(server, $"recordType=organization&recordId={ids[1]}")).Items).RecordId);
        Assert.Equal("person", Assert.Single((await TrailAsync(server, "actor=token:sync")).Items).RecordType);
        // The app's clock is fixed on 2024-11-01; the context opened outside it reads the real one.
        Assert.All((await TrailAsync(server, "from=2024-11-01&to=2024-11-01")).Items, e => Assert.NotEqual("person", e.RecordType));
        Assert.Equal(3, (await TrailAsync(server, "recordType=organization&from=2024-11-01&to=2024-11-01")).Total);
        Assert.Equal("person", Assert.Single((await TrailAsync(server, "from=2024-11-02")).Items).RecordType);
        Assert.Equal(0, (await TrailAsync(server, "to=2024-10-31")).Total);

        var second = await TrailAsync(server, "pageSize=3&page=2");
        Assert.Equal((5, 2, 3), (second.Total, second.PageNumber, second.PageSize));
        Assert.Equal([all.Items[3].Id, all.Items[4].Id], second.Items.Select(e => e.Id));

        await Expect.InvalidFields(await server.Client.GetAsync("/api/v1/audit?recordType=planet&pageSize=500"), "recordType", "pageSize");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheTrailPageListsEveryChangeWithItsRecordAndFilters(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var created = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Jalisco", kind = "region" });
        await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Pablo Lemus" });

        var page = Html.Text(await server.Client.GetStringAsync("/audit"));
        Assert.Contains("3 found", page); // with the creation of the server's token
        Assert.Contains("token:tests-admin created organization " + created.Id, page);
        Assert.Contains("name Pablo Lemus", page);

        var filtered = await server.Client.GetStringAsync("/audit?type=organization&id=" + created.Id);
        Assert.Contains("1 found", Html.Text(filtered));
        Assert.Contains($"href=\"/partners/{created.Id}\"", filtered);
        Assert.DoesNotContain("Pablo Lemus", filtered);
        Assert.Contains("must be a day written YYYY-MM-DD", Html.Text(await server.Client.GetStringAsync("/audit?from=yesterday")));

        // Nothing on the page or in the API changes the trail.
        Assert.DoesNotContain("<form method=\"post\"", await server.Client.GetStringAsync("/audit"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await server.Client.DeleteAsync("/api/v1/audit")).StatusCode);
    }
}
