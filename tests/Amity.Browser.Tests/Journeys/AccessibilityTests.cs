namespace Amity.Tests.Journeys;

/// <summary>Every main page, in English and Korean: a screenshot kept as an artifact, and no serious or critical axe violation.</summary>
public class AccessibilityTests(ChromiumBrowser browser) : IClassFixture<ChromiumBrowser>
{
    private static readonly (string Name, string Path)[] MainPages =
    [
        ("home", "/"), ("partners", "/partners"), ("partner", "/partners/2"), ("partner-edit", "/partners/2/edit"),
        ("relationships", "/relationships"), ("people", "/people"), ("person", "/people/2"), ("person-edit", "/people/2/edit"),
        ("engagements", "/engagements"), ("engagement", "/engagements/3"), ("engagement-new", "/engagements/new"),
        ("agreements", "/agreements"), ("agreement", "/agreements/1"), ("agreement-edit", "/agreements/1/edit"),
        ("invitations", "/invitations"), ("invitation", "/invitations/1/edit"), ("events", "/events"), ("event", "/events/2"), ("event-edit", "/events/2/edit"),
        ("news", "/news"), ("article", "/news/1"), ("article-edit", "/news/1/edit"), ("calendar-month", "/calendar?month=2024-04"),
        ("calendar-list", "/calendar?month=2024-04&view=list"), ("briefing-person", "/briefings/people/2"), ("briefing-partner", "/briefings/partners/2"),
        ("briefing-engagement", "/briefings/engagements/3"), ("search", "/search?q=%EB%8F%99"), ("reports", "/reports"), ("import", "/import"),
        ("users", "/accounts/users"), ("tokens", "/accounts/tokens"), ("sign-out", "/sign-out"),
    ];

    [Fact]
    public async Task EveryMainPageHasNoSeriousOrCriticalAccessibilityViolationAndIsKeptAsAScreenshot()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var page = await browser.OpenAsync(server);
        var failures = new List<string>();
        foreach (var (name, path) in MainPages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            await page.ScreenshotAsync(name);
            try { await page.AssertAccessibleAsync(); }
            catch (Exception e) when (e is Xunit.Sdk.XunitException) { failures.Add(e.Message); }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task TheKoreanInterfaceIsAccessibleToo()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var page = await browser.OpenAsync(server, locale: "ko-KR");
        foreach (var path in new[] { "/", "/partners/2", "/people/2", "/briefings/people/2", "/calendar?month=2024-04" })
        {
            await page.GotoAsync(path);
            Assert.Equal("ko", await page.Locator("html").GetAttributeAsync("lang"));
            await page.ScreenshotAsync("ko" + path.Replace('/', '-').Replace('?', '-').Replace('=', '-'));
            await page.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task AnAnonymousVisitorSeesTheSignInPageAndPublicNewsAccessibly()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var page = await browser.OpenAsync(server, role: null);
        await page.GotoAsync("/partners/2");
        Assert.Contains("/sign-in", page.Url);
        await page.ScreenshotAsync("sign-in");
        await page.AssertAccessibleAsync();
        await page.FillAsync("#Input_UserName", "nobody");
        await page.FillAsync("#Input_Password", "not the password");
        await page.ClickAsync("form.record button[type=submit]");
        Assert.Contains("The user name or password is wrong.", await page.InnerTextAsync("main"));
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/news");
        Assert.Equal(0, await page.Locator("a[href='/partners']").CountAsync());
        await page.AssertAccessibleAsync();
    }
}
