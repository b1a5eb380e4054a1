namespace Amity.Tests.Engagements;

public class EngagementPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AnEngagementPageNumbersEachPairAndSaysWhenAVisitIsTheFirstByItsTitleInYears(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        Assert.Contains("2nd meeting of Dong Yeon Kim and Hao Feng", Html.Text(Html.Section(await server.Client.GetStringAsync("/engagements/3"), "participants")));

        // A Liaoning party secretary was last received in Gyeonggi in 2012, on record.
        var earlier = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Wang Min" });
        await server.PostAsync<object>("/api/v1/engagements", new
        {
            kind = "visit", date = "2012-09", hostOrganizationId = 1,
            participants = new[] { new { personId = earlier.Id, role = "guest", title = "Party Secretary", organizationId = 2 } },
        });
        var text = Html.Text(Html.Section(await server.Client.GetStringAsync("/engagements/3"), "participants"));
        Assert.Contains("First visit by a Party Secretary of Liaoning Province in 11 years", text);
    }
}
