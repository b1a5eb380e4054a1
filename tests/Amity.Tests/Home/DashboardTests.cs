namespace Amity.Tests.Home;

public class DashboardTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheHomePageLinksToEachPartnerAndShowsWhatIsComingWaitingSlippingAndToCelebrate(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var html = await server.Client.GetStringAsync("/");
        Assert.Contains("href=\"/partners/2\"", Html.Section(html, "partners"));
        Assert.Contains("Liaoning Province — sister since 1993 (31 years)", Html.Text(Html.Section(html, "partners")));
        Assert.Contains("Exhibition of artifacts from the Liaoning Provincial Museum", Html.Text(Html.Section(html, "upcoming")));
        Assert.Contains("Summer Davos Forum", Html.Text(Html.Section(html, "invitations")));
        Assert.Contains("stalled Improve the business environment for enterprises", Html.Text(Html.Section(html, "commitments")));
        Assert.Contains("32nd anniversary", Html.Text(Html.Section(html, "anniversaries")));
        Assert.Contains("Reunite After 6 Months", Html.Text(Html.Section(html, "news")));
        Assert.Contains("/css/amity.css", html);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.Client.GetAsync("/css/amity.css")).StatusCode);
    }
}
