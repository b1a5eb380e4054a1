namespace Amity.Tests.Engagements;

public class RecordingAMeetingTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TwoMeetingsRecordedThroughTheFormsAreNumberedOnThePersonPageAndOnThePartnersTimeline(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var (home, _) = await server.SubmitAsync("/partners/new", [new("Input.Name", "Jeju Province"), new("Input.Kind", "Region"), new("Input.IsHome", "true")]);
        var (partner, _) = await server.SubmitAsync("/partners/new", [new("Input.Name", "Hainan Province"), new("Input.Kind", "Region"), new("Input.Aliases", "海南省")]);
        var homeId = home.Landed().Split('/').Last();
        var partnerId = partner.Landed().Split('/').Last();
        var (a, _) = await server.SubmitAsync("/people/new", [new("Input.Name", "Oh Young-hun"), new("Input.NativeName", "오영훈"),
            new("Input.Positions[0].Title", "Governor"), new("Input.Positions[0].OrganizationId", homeId)]);
        var (b, _) = await server.SubmitAsync("/people/new", [new("Input.Name", "Feng Fei"), new("Input.NativeName", "冯飞"),
            new("Input.Positions[0].Title", "Governor"), new("Input.Positions[0].OrganizationId", partnerId)]);
        var personA = a.Landed().Split('/').Last();
        var personB = b.Landed().Split('/').Last();

        // Recorded out of order: the later meeting first.
        foreach (var (date, title) in new[] { ("2024-05-02", "Second talks in Jeju"), ("2023-11", "First talks in Haikou") })
        {
            var (saved, html) = await server.SubmitAsync("/engagements/new", [
                new("Input.Kind", "Meeting"), new("Input.Title", title), new("Input.Date", date), new("Input.HostOrganizationId", homeId),
                new("Input.Participants[0].PersonId", personA), new("Input.Participants[0].Role", "Host"), new("Input.Participants[0].OrganizationId", homeId),
                new("Input.Participants[1].PersonId", personB), new("Input.Participants[1].Role", "Guest"), new("Input.Participants[1].OrganizationId", partnerId)]);
            Assert.True(saved.Landed().StartsWith("/engagements/", StringComparison.Ordinal), Html.Text(html));
        }

        var person = Html.Text(Html.Section(await server.Client.GetStringAsync($"/people/{personB}"), "engagements"));
        Assert.Contains("2 May 2024 Second talks in Jeju meeting Oh Young-hun 오영훈 (2nd meeting)", person);
        Assert.Contains("November 2023 First talks in Haikou meeting Oh Young-hun 오영훈 (1st meeting)", person);
        var timeline = Html.Text(Html.Section(await server.Client.GetStringAsync($"/partners/{partnerId}"), "timeline"));
        Assert.Contains("Second talks in Jeju 2nd meeting of Oh Young-hun and Feng Fei", timeline);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnEngagementWithABadDateAndNoParticipantsNamesBothBesideTheirFields(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var (response, html) = await server.SubmitAsync("/engagements/new", [new("Input.Kind", "Meeting"), new("Input.Title", "Talks"), new("Input.Date", "2024-13")]);
        Assert.Equal("/engagements/new", response.Landed());
        Assert.Matches("data-valmsg-for=\"Input.Date\"[^>]*>[^<]*YYYY", html);
        Assert.Matches("data-valmsg-for=\"Input.Participants\"[^>]*>[^<]*at least one participant", html);
        Assert.Contains("value=\"2024-13\"", html);
        Assert.Contains("value=\"Talks\"", html);
    }
}
