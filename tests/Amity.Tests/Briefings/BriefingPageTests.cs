namespace Amity.Tests.Briefings;

public class BriefingPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task HaoFengsBriefingHasHisPostsTheRelationshipPreviousMeetingsCommitmentsInvitationsAndTalkingPointsAndPrints(DatabaseProvider provider)
    {
        // A week after the visit: the June events are still ahead.
        await using var server = await AmityServer.StartAsync(provider, demo: true, today: new DateOnly(2024, 5, 1));
        var html = await server.Client.GetStringAsync("/briefings/people/2");
        Assert.Contains("Hao Feng 郝鹏 : Party Secretary, Liaoning Province", Html.Text(Html.Section(html, "who")));
        Assert.Contains("sister: Gyeonggi Province · Liaoning Province, since 1993 (31 years)", Html.Text(Html.Section(html, "relationship")));
        var meetings = Html.Text(Html.Section(html, "meetings"));
        Assert.Contains("2nd meeting of Dong Yeon Kim and Hao Feng", meetings);
        Assert.Contains("Next steps: Answer the invitations", meetings);
        Assert.Contains("0 of 4 commitments done", Html.Text(Html.Section(html, "commitments")));
        Assert.Contains("Summer Davos Forum", Html.Text(Html.Section(html, "invitations")));
        var points = Html.Text(Html.Section(html, "points"));
        Assert.Contains("Coming: Summer Davos Forum, June 2024. Confirm who attends.", points);
        Assert.Contains("Answer the invitation from Hao Feng to Summer Davos Forum.", points);
        Assert.Contains("@media print", await server.Client.GetStringAsync("/css/amity.css"));
        // The Print button is wired by a script file (the Content-Security-Policy forbids onclick attributes).
        Assert.Contains("data-print", html);
        Assert.Contains("/js/print.js", html);
        Assert.Contains("window.print()", await server.Client.GetStringAsync("/js/print.js"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ThereIsABriefingForAnOrganizationAndForAnEngagementButNotForWhatDoesNotExist(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        Assert.Contains("Hao Feng", Html.Text(Html.Section(await server.Client.GetStringAsync("/briefings/partners/2"), "who")));
        var engagement = await server.Client.GetStringAsync("/briefings/engagements/3");
        Assert.Contains("1st meeting of Hao Feng and Dong Yeon Kim", Html.Text(Html.Section(engagement, "meetings")));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Client.GetAsync("/briefings/people/99")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Client.GetAsync("/briefings/cats/1")).StatusCode);
    }
}
