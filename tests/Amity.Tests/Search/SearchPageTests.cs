namespace Amity.Tests.Search;

public class SearchPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheSearchBoxFindsAChineseOrKoreanSubstringThroughTheFullTextIndexGroupedByKindWithLinks(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);

        var html = await server.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("辽宁省博物"));
        var partners = Html.Section(html, "found-partners");
        Assert.Contains("Liaoning Provincial Museum", Html.Text(partners));
        Assert.Matches("href=\"/partners/\\d+\"", partners);

        var korean = await server.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("동연"));
        var people = Html.Section(korean, "found-people");
        Assert.Contains("Dong Yeon Kim", Html.Text(people));
        Assert.Matches("href=\"/people/\\d+\"", people);

        var commitments = await server.Client.GetStringAsync("/search?q=pest%20control");
        Assert.Contains("href=\"/agreements/2\"", Html.Section(commitments, "found-commitments"));
    }
}
