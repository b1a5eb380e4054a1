namespace Amity.Tests.News;

public class NewsPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task EachViewOfAnArticleIsCountedAndShownAndItsRecordsAreLinkedBothWays(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var first = await server.Client.GetStringAsync("/news/1");
        Assert.Contains("20 views", Html.Text(first));
        var second = await server.Client.GetStringAsync("/news/1");
        Assert.Contains("21 views", Html.Text(second));
        var reported = Html.Section(second, "reported");
        Assert.Contains("href=\"/partners/2\"", reported);
        Assert.Contains("href=\"/agreements/1\"", reported);
        Assert.Contains("href=\"/people/2\"", reported);
        Assert.Contains("href=\"/news/1\"", await server.Client.GetStringAsync("/people/2"));
        Assert.Contains("href=\"/news/1\"", await server.Client.GetStringAsync("/engagements/3"));
        Assert.Contains("href=\"/news/1\"", await server.Client.GetStringAsync("/agreements/1"));
        Assert.Contains("href=\"/news/1\"", await server.Client.GetStringAsync("/partners/2"));
        Assert.Contains("href=\"/news/1\"", await server.Client.GetStringAsync("/events/2"));
        Assert.Contains("21 views", Html.Text(await server.Client.GetStringAsync("/news")));
        await using var db = server.OpenDb();
        var article = db.Articles.Single();
        Assert.Equal(21, article.ViewCount);
        Assert.Equal(1, article.Version);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnArticleIsWrittenThroughItsFormAndAnUnknownLinkIsNamedBesideIt(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var (refused, html) = await server.SubmitAsync("/news/new", [new("Input.Title", "Sports tournament announced"), new("Input.Body", "Text."),
            new("Input.PublishedOn", "2024-05-01"), new("Input.Links[0].Type", "Event"), new("Input.Links[0].Id", "99")]);
        Assert.Equal("/news/new", refused.Landed());
        Assert.Matches("data-valmsg-for=\"Input.Links\\[0\\].Id\"[^>]*>[^<]*no event 99", html);
        var (saved, page) = await server.SubmitAsync("/news/new", [new("Input.Title", "Sports tournament announced"), new("Input.Body", "Text."),
            new("Input.PublishedOn", "2024-05-01"), new("Input.Links[0].Type", "Event"), new("Input.Links[0].Id", "4")]);
        Assert.Matches("^/news/\\d+$", saved.Landed());
        Assert.Contains("Tri-regional youth sports exchange tournament", Html.Text(Html.Section(page, "reported")));
    }
}
