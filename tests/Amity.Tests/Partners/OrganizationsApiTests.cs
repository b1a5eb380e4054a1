using System.Net;
using System.Net.Http.Json;
using Amity.Api;
using Amity.Partners;

namespace Amity.Tests.Partners;

public class OrganizationsApiTests
{
    private static object Liaoning => new { name = "Liaoning Province", kind = "region", country = "CN", aliases = new[] { "Liaoning", "辽宁省" } };

    [Theory, ClassData(typeof(Providers))]
    public async Task AnOrganizationIsCreatedReadListedUpdatedAndDeleted(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var created = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", Liaoning);
        Assert.Equal(1, created.Version);
        Assert.Equal(OrganizationKind.Region, created.Kind);

        var read = await server.GetAsync<OrganizationRecord>($"/api/v1/organizations/{created.Id}");
        Assert.Equal(["Liaoning", "辽宁省"], read.Aliases);

        var updated = await server.Client.PutAsJsonAsync($"/api/v1/organizations/{created.Id}",
            new { name = "Liaoning Province", kind = "region", country = "CN", aliases = new[] { "Liaoning" }, version = 1 }, AmityServer.Json);
        await Expect.Status(updated, HttpStatusCode.OK);
        Assert.Equal(2, (await updated.Content.ReadFromJsonAsync<OrganizationRecord>(AmityServer.Json))!.Version);

        var deleted = await server.Client.DeleteAsync($"/api/v1/organizations/{created.Id}");
        await Expect.Status(deleted, HttpStatusCode.NoContent);
        await Expect.Problem(await server.Client.GetAsync($"/api/v1/organizations/{created.Id}"), HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ListingFindsByNameOrAliasInAnyScriptAndFiltersByKind(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        await server.PostAsync<OrganizationRecord>("/api/v1/organizations", Liaoning);
        await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Suwon University", kind = "university", aliases = new[] { "수원대학교" } });

        Assert.Equal("Liaoning Province", Assert.Single((await server.GetAsync<Page<OrganizationRecord>>("/api/v1/organizations?q=liaon")).Items).Name);
        Assert.Equal("Liaoning Province", Assert.Single((await server.GetAsync<Page<OrganizationRecord>>("/api/v1/organizations?q=辽宁")).Items).Name);
        Assert.Equal("Suwon University", Assert.Single((await server.GetAsync<Page<OrganizationRecord>>("/api/v1/organizations?q=수원")).Items).Name);
        Assert.Equal("Suwon University", Assert.Single((await server.GetAsync<Page<OrganizationRecord>>("/api/v1/organizations?kind=university")).Items).Name);

        var page = await server.GetAsync<Page<OrganizationRecord>>("/api/v1/organizations?pageSize=1&page=2");
        Assert.Equal(2, page.Total);
        Assert.Equal("Suwon University", Assert.Single(page.Items).Name);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task PostingAnOrganizationWithoutANameOrWithAnUnknownKindNamesEachField(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var blank = await server.Client.PostAsJsonAsync("/api/v1/organizations", new { name = "", kind = "region" });
        await Expect.InvalidFields(blank, "name");

        var badKind = await server.Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Somewhere", kind = "planet" });
        var errors = await Expect.InvalidFields(badKind, "kind");
        Assert.Contains("legislature", errors.GetProperty("kind")[0].GetString());

        var missing = await server.Client.PostAsJsonAsync("/api/v1/organizations", new { country = "KR" });
        await Expect.InvalidFields(missing, "name", "kind");

        var unknownParent = await server.Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Office", kind = "office", parentId = 999 });
        await Expect.InvalidFields(unknownParent, "parentId");

        var typo = await server.Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Office", kind = "office", nmae = "x" });
        await Expect.InvalidFields(typo, "nmae");

        var notJson = await server.Client.PostAsync("/api/v1/organizations", new StringContent("{ name: ", System.Text.Encoding.UTF8, "application/json"));
        await Expect.Problem(notJson, HttpStatusCode.BadRequest);

        await using var db = server.OpenDb();
        Assert.Equal(0, db.Organizations.Count());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnUpdateCarryingAStaleVersionIsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var created = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", Liaoning);
        var first = await server.Client.PutAsJsonAsync($"/api/v1/organizations/{created.Id}", new { name = "Liaoning", kind = "region", version = 1 }, AmityServer.Json);
        await Expect.Status(first, HttpStatusCode.OK);

        var second = await server.Client.PutAsJsonAsync($"/api/v1/organizations/{created.Id}", new { name = "Liaoning (stale)", kind = "region", version = 1 }, AmityServer.Json);
        var problem = await Expect.Problem(second, HttpStatusCode.Conflict);
        Assert.Contains("version 2", problem.GetProperty("detail").GetString());
        Assert.Equal("Liaoning", (await server.GetAsync<OrganizationRecord>($"/api/v1/organizations/{created.Id}")).Name);

        var noVersion = await server.Client.PutAsJsonAsync($"/api/v1/organizations/{created.Id}", new { name = "Liaoning", kind = "region" }, AmityServer.Json);
        await Expect.InvalidFields(noVersion, "version");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task DeletingAnOrganizationOthersReferToIsRefusedSayingWhatRefersToIt(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var parent = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", Liaoning);
        await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Liaoning Ballet", kind = "arts", parentId = parent.Id });
        await server.PostAsync<object>("/api/v1/people", new { name = "Hao Feng", positions = new[] { new { title = "Party Secretary", organizationId = parent.Id } } });

        var refused = await server.Client.DeleteAsync($"/api/v1/organizations/{parent.Id}");
        var problem = await Expect.Problem(refused, HttpStatusCode.Conflict);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("position", detail);
        Assert.Contains("organization (by parentId)", detail);
        Assert.Equal(2, problem.GetProperty("references").GetArrayLength());
        await server.GetAsync<OrganizationRecord>($"/api/v1/organizations/{parent.Id}");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task MarkingAnOrganizationAsHomeUnmarksThePreviousHome(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var first = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Gyeonggi Province", kind = "region", isHome = true });
        await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Jeju Province", kind = "region", isHome = true });
        Assert.False((await server.GetAsync<OrganizationRecord>($"/api/v1/organizations/{first.Id}")).IsHome);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnOrganizationCannotBecomeItsOwnAncestor(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var top = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", Liaoning);
        var child = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Dalian", kind = "region", parentId = top.Id });
        var loop = await server.Client.PutAsJsonAsync($"/api/v1/organizations/{top.Id}", new { name = "Liaoning Province", kind = "region", parentId = child.Id, version = 1 }, AmityServer.Json);
        await Expect.InvalidFields(loop, "parentId");
    }
}
