namespace Amity.Tests.Journeys;

/// <summary>The "done when": what a newcomer does with the demo data, and then with records of their own.</summary>
public class NewcomerJourneyTests(ChromiumBrowser browser) : IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task FromTheHomePageToLiaoningToHaoFengsSecondMeetingToHisPrintedBriefingAndTheCalendarFeed()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var page = await browser.OpenAsync(server);

        await page.GotoAsync("/");
        await page.ScreenshotAsync("home");
        await page.Locator("section[aria-labelledby=partners]").GetByRole(AriaRole.Link, new() { Name = "Liaoning Province" }).First.ClickAsync();
        await page.WaitForURLAsync("**/partners/2");
        var relationships = await page.Locator("section[aria-labelledby=relationships]").InnerTextAsync();
        Assert.Contains("since 1993", relationships);
        Assert.Contains("31 years", relationships);
        Assert.Equal(3, await page.Locator("section[aria-labelledby=agreements] article.agreement").CountAsync());
        Assert.Equal(3, await page.Locator("section[aria-labelledby=agreements] .progress").CountAsync());
        await page.ScreenshotAsync("partner");

        await page.Locator("section[aria-labelledby=relationships]").GetByRole(AriaRole.Link, new() { Name = "Hao Feng" }).ClickAsync();
        await page.WaitForURLAsync("**/people/2");
        var row = page.Locator("tr.engagement", new() { HasText = "Party Secretary Hao's visit to Gyeonggi Province" });
        Assert.Contains("24 April 2024", await row.InnerTextAsync());
        Assert.Contains("Dong Yeon Kim", await row.InnerTextAsync());
        Assert.Contains("(2nd meeting)", await row.InnerTextAsync());
        await page.ScreenshotAsync("person");

        await page.GetByRole(AriaRole.Link, new() { Name = "Briefing" }).ClickAsync();
        await page.WaitForURLAsync("**/briefings/people/2");
        await page.ScreenshotAsync("briefing");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("header.top").IsVisibleAsync(), "The site header must not print.");
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).IsVisibleAsync(), "The print button must not print.");
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Talking points" }).IsVisibleAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        await page.GetByRole(AriaRole.Link, new() { Name = "Calendar", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/calendar");
        await page.ScreenshotAsync("calendar");
        var webcal = await page.Locator("p.subscribe a[href^='webcal://']").GetAttributeAsync("href");
        // The subscription address is the user's own: it carries the secret key a calendar application signs in with.
        Assert.Matches("/calendar\\.ics\\?key=[0-9a-f]{40}$", webcal);
        var feed = await page.APIRequest.GetAsync(webcal!.Replace("webcal://", "http://"));
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("text/calendar", feed.Headers["content-type"]);
        var ics = await feed.TextAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.Contains("SUMMARY:Party Secretary Hao's visit to Gyeonggi Province", ics);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ANewcomerAddsAPartnerRecordsTwoMeetingsAndSeesThemNumberedOnThePersonPageAndThePartnersTimeline(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var page = await browser.OpenAsync(server);

        await page.GotoAsync("/");
        await page.Locator("section[aria-labelledby=partners]").GetByRole(AriaRole.Link, new() { Name = "Add a partner" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Hainan Province");
        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "region" });
        await page.GetByLabel("Other names").FillAsync("海南省\n하이난성");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/partners/\\d+$"));
        var partnerUrl = page.Url;
        Assert.Contains("Saved Hainan Province.", await page.InnerTextAsync("main"));

        await page.GotoAsync("/people/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Feng Fei");
        await page.GetByLabel("Name in its own script").FillAsync("冯飞");
        await page.Locator("#Input_Positions_0__Title").FillAsync("Governor");
        // Pickers are comboboxes: typing part of the name offers the matching records; a click chooses one.
        await page.Locator("#Input_Positions_0__OrganizationId").PressSequentiallyAsync("haina");
        await page.GetByRole(AriaRole.Option, new() { Name = "Hainan Province", Exact = true }).ClickAsync();
        Assert.Equal("Hainan Province", await page.Locator("#Input_Positions_0__OrganizationId").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/people/\\d+$"));
        var personUrl = page.Url;

        foreach (var (date, title) in new[] { ("2025-03-10", "Talks in Haikou"), ("2024-11", "First call") })
        {
            await page.GotoAsync(personUrl);
            await page.GetByRole(AriaRole.Link, new() { Name = "Record an engagement" }).ClickAsync();
            await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
            await page.GetByLabel("Date").FillAsync(date);
            // The form starts with Feng Fei and his post filled in; add the governor beside him.
            // By keyboard: typed in lower case, down to the first suggestion, Enter.
            var person = page.Locator("#Input_Participants_1__PersonId");
            Assert.Equal("combobox", await person.GetAttributeAsync("role"));
            await person.PressSequentiallyAsync("dong ye");
            await page.GetByRole(AriaRole.Option, new() { Name = "Dong Yeon Kim (김동연)", Exact = true }).WaitForAsync();
            if (title == "First call") await page.AssertAccessibleAsync();
            await person.PressAsync("ArrowDown");
            // Playwright's assertions wait for the page's script to answer the key; reading the attribute at once raced it on a busy machine.
            await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Dong Yeon Kim (김동연)", Exact = true })).ToHaveAttributeAsync("aria-selected", "true");
            await person.PressAsync("Enter");
            await Assertions.Expect(person).ToHaveValueAsync("Dong Yeon Kim (김동연)");
            await Assertions.Expect(person).ToHaveAttributeAsync("aria-expanded", "false");
            await page.Locator("#Input_Participants_1__Role").SelectOptionAsync(new SelectOptionValue { Label = "host" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/engagements/\\d+$"));
        }
        await page.ScreenshotAsync($"engagement-{provider}");
        // The last one recorded is the earlier meeting: it is their first, and the March one became their second.
        Assert.Contains("1st meeting of Dong Yeon Kim and Feng Fei", await page.InnerTextAsync("main"));

        await page.GotoAsync(personUrl);
        var row = page.Locator("tr.engagement", new() { HasText = "Talks in Haikou" });
        Assert.Contains("(2nd meeting)", await row.InnerTextAsync());
        Assert.Contains("(1st meeting)", await page.Locator("tr.engagement", new() { HasText = "First call" }).InnerTextAsync());

        await page.GotoAsync(partnerUrl);
        var timeline = await page.Locator("section[aria-labelledby=timeline]").InnerTextAsync();
        Assert.Contains("Talks in Haikou", timeline);
        Assert.Contains("2nd meeting of Dong Yeon Kim and Feng Fei", timeline);
    }

    [Fact]
    public async Task AFormRefusedByTheRulesShowsEachMessageBesideItsFieldAndKeepsWhatWasTyped()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var page = await browser.OpenAsync(server);
        await page.GotoAsync("/engagements/new");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Talks");
        await page.GetByLabel("Date").FillAsync("2024-02-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        // Playwright's assertions wait for the refused form to come back: a load-state wait could return for the page before it.
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Date']")).ToContainTextAsync("YYYY");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Participants']")).ToContainTextAsync("at least one participant");
        await Assertions.Expect(page.GetByLabel("Date")).ToHaveValueAsync("2024-02-30");
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Talks");
        await page.ScreenshotAsync("form-errors");
        await page.AssertAccessibleAsync();
    }
}
