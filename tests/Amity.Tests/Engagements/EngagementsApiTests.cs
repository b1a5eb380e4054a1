using System.Net;
using System.Net.Http.Json;
using Amity.Api;
using Amity.Engagements;
using Amity.Partners;
using Amity.People;

namespace Amity.Tests.Engagements;

public class EngagementsApiTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AMeetingKeepsItsPartialDateParticipantsAndTheirTitlesThatDay(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var liaoning = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Liaoning Province", kind = "region" });
        var kim = await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Dong Yeon Kim" });
        var hao = await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Hao Feng" });

        var visit = await server.PostAsync<EngagementRecord>("/api/v1/engagements", new
        {
            kind = "visit", date = "2023-10", place = "Liaoning Province", hostOrganizationId = liaoning.Id,
            participants = new object[]
            {
                new { personId = kim.Id, role = "guest", title = "Governor" },
                new { personId = hao.Id, role = "host", title = "Party Secretary", organizationId = liaoning.Id },
            },
        });
        Assert.Equal("2023-10", visit.Date);
        Assert.Equal(ParticipantRole.Host, visit.Participants[0].Role);
        Assert.Equal("Party Secretary", visit.Participants[0].Title);

        var meeting = await server.PostAsync<EngagementRecord>("/api/v1/engagements", new
        {
            kind = "meeting", date = "2024-04-24", startsAt = "2024-04-24T10:00:00", timeZone = "Asia/Seoul", place = "Dodamso",
            participants = new[] { new { personId = kim.Id, role = "host" }, new { personId = hao.Id, role = "guest" } },
        });
        Assert.Equal(new DateTime(2024, 4, 24, 10, 0, 0), meeting.StartsAt);

        // A range from mid-October still finds the visit known only to its month.
        var october = await server.GetAsync<Page<EngagementRecord>>("/api/v1/engagements?from=2023-10-15&to=2023-12-31");
        Assert.Equal(visit.Id, Assert.Single(october.Items).Id);
        var all = await server.GetAsync<Page<EngagementRecord>>($"/api/v1/engagements?person={hao.Id}");
        Assert.Equal([meeting.Id, visit.Id], all.Items.Select(e => e.Id));
        Assert.Single((await server.GetAsync<Page<EngagementRecord>>($"/api/v1/engagements?organization={liaoning.Id}")).Items);
        Assert.Single((await server.GetAsync<Page<EngagementRecord>>("/api/v1/engagements?kind=visit")).Items);
        Assert.Single((await server.GetAsync<Page<EngagementRecord>>("/api/v1/engagements?q=dodamso")).Items);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnEngagementWithBadFieldsIsRefusedNamingEachOne(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var kim = await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Dong Yeon Kim" });
        var response = await server.Client.PostAsJsonAsync("/api/v1/engagements", new
        {
            kind = "meeting", date = "2024-02-30", startsAt = "2024-05-01T10:00:00", timeZone = "Mars/Olympus", hostOrganizationId = 77,
            participants = new[] { new { personId = kim.Id }, new { personId = (int?)999 } },
        });
        await Expect.InvalidFields(response, "date", "timeZone", "hostOrganizationId", "participants[1]");

        var noParticipants = await server.Client.PostAsJsonAsync("/api/v1/engagements", new { kind = "call", date = "2024", participants = Array.Empty<object>() });
        await Expect.InvalidFields(noParticipants, "participants");

        var outside = await server.Client.PostAsJsonAsync("/api/v1/engagements", new
        {
            kind = "call", date = "2024-04", startsAt = "2024-05-01T10:00:00", timeZone = "Asia/Seoul", participants = new[] { new { personId = kim.Id } },
        });
        await Expect.InvalidFields(outside, "startsAt");

        var badRange = await server.Client.GetAsync("/api/v1/engagements?from=2024-05-01&to=2024-01-01&pageSize=1000&kind=party");
        await Expect.InvalidFields(badRange, "from", "pageSize", "kind");
    }
}
