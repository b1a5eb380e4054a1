using System.Net;
using System.Net.Http.Json;
using Amity.Agreements;
using Amity.Api;
using Amity.Partners;
using Amity.People;

namespace Amity.Tests.Agreements;

public class AgreementsApiTests
{
    private static async Task<(OrganizationRecord Gyeonggi, OrganizationRecord Liaoning, PersonRecord Kim, PersonRecord Hao)> PartiesAsync(AmityServer server) => (
        await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Gyeonggi Province", kind = "region" }),
        await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Liaoning Province", kind = "region" }),
        await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Dong Yeon Kim" }),
        await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Hao Feng" }));

    [Theory, ClassData(typeof(Providers))]
    public async Task AnAgreementCarriesItsPartiesSignatoriesAreasAndCommitmentsWithProgress(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var (gyeonggi, liaoning, kim, hao) = await PartiesAsync(server);
        var agreement = await server.PostAsync<AgreementRecord>("/api/v1/agreements", new
        {
            title = "Agreement to deepen exchanges and cooperation", kind = "agreement", signedOn = "2024-04-24", status = "in-force",
            areas = new[] { "investment", "science-technology", "culture" }, parties = new[] { gyeonggi.Id, liaoning.Id },
            signatories = new object[] { new { personId = kim.Id, title = "Governor", organizationId = gyeonggi.Id }, new { personId = hao.Id, title = "Party Secretary" } },
            commitments = new[] { new { text = "Expand investment and business cooperation", ownerOrganizationId = liaoning.Id, due = "2025" } },
        });
        Assert.Equal(AgreementStatus.InForce, agreement.Status);
        Assert.Equal([Area.Investment, Area.Culture, Area.ScienceTechnology], agreement.Areas.OrderBy(a => a.ToString() == "Investment" ? 0 : 1).ThenBy(a => a.ToString()));
        var commitment = Assert.Single(agreement.Commitments!);

        var added = await server.Client.PostAsJsonAsync($"/api/v1/agreements/{agreement.Id}/commitments", new { text = "Expand cultural exchanges", status = "in-progress" });
        await Expect.Status(added, HttpStatusCode.Created);
        var note = await server.Client.PostAsJsonAsync($"/api/v1/agreements/{agreement.Id}/commitments/{commitment.Id}/notes", new { date = "2024-09-10", text = "Investment delegation visited Shenyang." });
        await Expect.Status(note, HttpStatusCode.Created);

        var read = await server.GetAsync<CommitmentRecord>($"/api/v1/agreements/{agreement.Id}/commitments/{commitment.Id}");
        Assert.Equal("Investment delegation visited Shenyang.", Assert.Single(read.Notes).Text);
        var update = await server.Client.PutAsJsonAsync($"/api/v1/agreements/{agreement.Id}/commitments/{commitment.Id}",
            read with { Status = CommitmentStatus.Done }, AmityServer.Json);
        await Expect.Status(update, HttpStatusCode.OK);
        var stale = await server.Client.PutAsJsonAsync($"/api/v1/agreements/{agreement.Id}/commitments/{commitment.Id}", read, AmityServer.Json);
        await Expect.Problem(stale, HttpStatusCode.Conflict);

        Assert.Equal(2, (await server.GetAsync<List<CommitmentRecord>>($"/api/v1/agreements/{agreement.Id}/commitments")).Count);
        Assert.Single((await server.GetAsync<Page<AgreementRecord>>($"/api/v1/agreements?person={hao.Id}&from=2024-04-01")).Items);
        Assert.Single((await server.GetAsync<Page<AgreementRecord>>("/api/v1/agreements?q=cultural exchanges")).Items);
        Assert.Empty((await server.GetAsync<Page<AgreementRecord>>("/api/v1/agreements?to=2023-12-31")).Items);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnUnknownAreaOrStatusIsRefusedWithTheAllowedValues(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var area = await server.Client.PostAsJsonAsync("/api/v1/agreements", new { title = "MOU", areas = new[] { "space" } });
        var errors = await Expect.InvalidFields(area, "areas[0]");
        Assert.Contains("science-technology", errors.GetProperty("areas[0]")[0].GetString());
        var status = await server.Client.PostAsJsonAsync("/api/v1/agreements", new { title = "MOU", status = "done" });
        await Expect.InvalidFields(status, "status");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task DeletingAnAgreementTakesItsCommitmentsButNotItsParties(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var (gyeonggi, liaoning, _, _) = await PartiesAsync(server);
        var agreement = await server.PostAsync<AgreementRecord>("/api/v1/agreements", new
        {
            title = "University exchange agreement", parties = new[] { gyeonggi.Id, liaoning.Id },
            commitments = new[] { new { text = "Promote student exchanges", notes = new[] { new { date = "2024-05-01", text = "First students chosen." } } } },
        });
        await Expect.Problem(await server.Client.DeleteAsync($"/api/v1/organizations/{gyeonggi.Id}"), HttpStatusCode.Conflict);
        await Expect.Status(await server.Client.DeleteAsync($"/api/v1/agreements/{agreement.Id}"), HttpStatusCode.NoContent);
        await using var db = server.OpenDb();
        Assert.Equal(0, db.Commitments.Count());
        Assert.Equal(0, db.Set<ProgressNote>().Count());
        Assert.Equal(2, db.Organizations.Count());
    }
}
