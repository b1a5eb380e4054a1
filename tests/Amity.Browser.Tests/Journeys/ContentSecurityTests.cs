using System.Net.Http.Json;

namespace Amity.Tests.Journeys;

/// <summary>The pages work under the Content-Security-Policy, and a name written to attack them stays text.</summary>
public class ContentSecurityTests(ChromiumBrowser browser) : IClassFixture<ChromiumBrowser>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";

    [Fact]
    public async Task TheReportsChartsDrawUnderThePolicyWithoutAnyViolationOrConsoleError()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var page = await browser.OpenAsync(server);
        await page.GotoAsync("/reports");
        await page.WaitForFunctionAsync("() => typeof Chart !== 'undefined' && [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))");
        Assert.Equal(3, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('canvas[data-chart]')].filter(c => Chart.getChart(c)).length"));
        await page.ScreenshotAsync("reports-under-csp");
    }

    [Fact]
    public async Task TheApiReferenceLoadsUnderItsOwnPolicy()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var page = await browser.OpenAsync(server);
        // Scalar's bundle is large; on a busy machine it takes longer than a page of the app.
        await page.GotoAsync("/scalar/v1", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        await page.GetByText("Amity API").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });
        await page.ScreenshotAsync("api-reference-under-csp");
    }

    [Fact]
    public async Task RecordsNamedLikeAnAttackShowAsTextAndOpenNoDialogOnAnyPage()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        async Task<int> Create(string path, object body)
        {
            var response = await server.Client.PostAsJsonAsync(path, body, AmityServer.Json);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        }
        var organization = await Create("/api/v1/organizations", new { name = Script, kind = "region", notes = Image });
        var person = await Create("/api/v1/people", new { name = Image, notes = Script });
        var engagement = await Create("/api/v1/engagements", new
        {
            kind = "meeting", title = Script, date = "2024-11-05", place = Image, hostOrganizationId = organization, summary = Image,
            participants = new[] { new { personId = person, title = Script } },
        });

        var page = await browser.OpenAsync(server);
        foreach (var path in new[] { $"/partners/{organization}", $"/people/{person}", $"/engagements/{engagement}", "/partners", "/people", "/engagements",
            $"/briefings/people/{person}", $"/briefings/partners/{organization}", $"/briefings/engagements/{engagement}", "/calendar?month=2024-11",
            "/search?q=alert", "/" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
            page.AssertNoScriptProblems();
        }
        await page.GotoAsync($"/partners/{organization}");
        Assert.Contains(Script, await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync("hostile-partner");
    }
}
