using System.Net;
using System.Net.Http.Json;
using Amity.Api;
using Amity.Events;
using Amity.Partners;

namespace Amity.Tests.Events;

public class EventsApiTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AnEventKeepsLocalTimesWithItsTimeZoneOrAPartialDate(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var kanagawa = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Kanagawa Prefecture", kind = "region" });
        var tournament = await server.PostAsync<EventRecord>("/api/v1/events", new
        {
            name = "Tri-regional youth sports exchange tournament", kind = "tournament", startsAt = "2024-08-05T09:30:00", endsAt = "2024-08-07T17:00:00",
            timeZone = "Asia/Tokyo", place = "Yokohama", organizations = new[] { new { organizationId = kanagawa.Id, role = "organizer" } },
        });
        Assert.Equal("2024-08-05", tournament.Date);
        Assert.Equal("Asia/Tokyo", tournament.TimeZone);

        var exhibition = await server.PostAsync<EventRecord>("/api/v1/events", new { name = "Exhibition of museum artifacts", kind = "exhibition", date = "2024-12" });
        var inAugust = await server.GetAsync<Page<EventRecord>>("/api/v1/events?from=2024-08-01&to=2024-08-31");
        Assert.Equal(tournament.Id, Assert.Single(inAugust.Items).Id);
        Assert.Equal([tournament.Id, exhibition.Id], (await server.GetAsync<Page<EventRecord>>("/api/v1/events")).Items.Select(e => e.Id));
        Assert.Single((await server.GetAsync<Page<EventRecord>>($"/api/v1/events?organization={kanagawa.Id}")).Items);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnEventThatEndsBeforeItStartsOrHasATimeWithoutAZoneIsRefused(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var response = await server.Client.PostAsJsonAsync("/api/v1/events", new { name = "Expo", kind = "expo", startsAt = "2024-09-05T10:00:00", endsAt = "2024-09-04T10:00:00" });
        await Expect.InvalidFields(response, "endsAt", "timeZone");
        var kind = await server.Client.PostAsJsonAsync("/api/v1/events", new { name = "Expo", kind = "party", date = "2024" });
        await Expect.InvalidFields(kind, "kind");
    }
}
