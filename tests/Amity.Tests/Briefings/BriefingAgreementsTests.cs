namespace Amity.Tests.Briefings;

/// <summary>Which agreements a partner's page and a person's briefing count as theirs, each way an agreement can be theirs.</summary>
public class BriefingAgreementsTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task APartnerHasTheAgreementsItIsPartyToOrWitnessedAndAPersonThoseTheySignedOrTheirOrganizationIsBoundByWithTheirOpenCommitments(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, today: new DateOnly(2024, 12, 1));
        async Task<int> Create(string path, object body) => (await server.PostAsync<System.Text.Json.JsonElement>(path, body)).GetProperty("id").GetInt32();
        var province = await Create("/api/v1/organizations", new { name = "Aurora Province", kind = "region" });
        var other = await Create("/api/v1/organizations", new { name = "Borealis Region", kind = "region" });
        var envoy = await Create("/api/v1/people", new { name = "Mira Solberg", positions = new[] { new { title = "Governor", organizationId = province, from = "2020" } } });
        var visit = await Create("/api/v1/engagements", new
        {
            kind = "meeting", date = "2024-06-05", hostOrganizationId = other,
            participants = new[] { new { personId = envoy, title = "Governor", organizationId = province } },
        });
        async Task Agreement(string title, int[] parties, int? engagementId = null, int? signedBy = null) => await Create("/api/v1/agreements", new
        {
            title, kind = "memorandum", signedOn = "2024-06-05", parties, engagementId,
            signatories = signedBy is { } s ? new[] { new { personId = s, title = "Governor" } } : [],
            commitments = new[] { new { text = $"Follow up on {title}", due = "2024-09" } },
        });
        await Agreement("Party Accord", [province, other]);
        await Agreement("Witnessed Accord", [other], engagementId: visit);
        await Agreement("Signed Accord", [other], signedBy: envoy);
        await Agreement("Unrelated Accord", [other]);

        var page = Html.Text(Html.Section(await server.Client.GetStringAsync($"/partners/{province}"), "agreements"));
        Assert.Contains("Party Accord", page);
        Assert.Contains("Witnessed Accord", page);
        Assert.DoesNotContain("Unrelated Accord", page);

        var briefing = Html.Text(Html.Section(await server.Client.GetStringAsync($"/briefings/people/{envoy}"), "commitments"));
        Assert.Contains("Follow up on Party Accord", briefing);
        Assert.Contains("Follow up on Signed Accord", briefing);
        Assert.DoesNotContain("Witnessed Accord", briefing);
        Assert.DoesNotContain("Unrelated Accord", briefing);
        Assert.Contains("Overdue since September 2024: “Follow up on Signed Accord”",
            Html.Text(Html.Section(await server.Client.GetStringAsync($"/briefings/people/{envoy}"), "points")));
    }
}
