using System.Net;
using Amity.Accounts;

namespace Amity.Tests.Accounts;

/// <summary>Signing in and out through the pages, lockout, the sign-in rate limit, and what anonymous visitors reach.</summary>
public class SignInTests
{
    private const string Password = "correct horse battery";

    [Theory, ClassData(typeof(Providers))]
    public async Task AUserSignsInIsSentBackToThePageTheyAskedForAndSignsOut(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        await server.AddUserAsync("mina", Roles.Viewer, Password);
        var browser = await server.ClientAsync(null);

        var asked = await browser.GetAsync("/partners/2");
        Assert.Equal("/sign-in", asked.Landed());
        Assert.Contains("ReturnUrl=%2Fpartners%2F2", asked.RequestMessage!.RequestUri!.Query);

        var form = await asked.Content.ReadAsStringAsync();
        var signedIn = await browser.PostAsync(asked.RequestMessage.RequestUri, AmityServer.SignInFields(form, "mina", Password));
        Assert.Equal("/partners/2", signedIn.Landed());
        Assert.Contains("Liaoning", Html.Text(await signedIn.Content.ReadAsStringAsync()));
        Assert.Contains("mina", Html.Text(await browser.GetStringAsync("/")));
        // The same cookie reads the API.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/organizations/2")).StatusCode);

        var signOut = await browser.GetStringAsync("/sign-out");
        var signedOut = await browser.PostAsync("/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", Html.AntiforgeryToken(signOut))]));
        Assert.Equal("/sign-in", signedOut.Landed());
        Assert.Equal("/sign-in", (await browser.GetAsync("/partners/2")).Landed());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/organizations/2")).StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedAndFiveLockTheAccountEvenForTheRightOne()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        await server.AddUserAsync("jun", Roles.Editor, Password);
        var browser = await server.ClientAsync(null);

        for (var i = 0; i < AccountsSetup.FailuresBeforeLockout - 1; i++)
        {
            var (landed, text) = await SignInAsync(browser, "jun", "wrong password " + i);
            Assert.Equal("/sign-in", landed);
            Assert.Contains("The user name or password is wrong.", text);
        }
        // An unknown name gets the same answer, so the page does not tell which names exist.
        Assert.Contains("The user name or password is wrong.", (await SignInAsync(browser, "nobody", "whatever it is")).Text);

        var locking = await SignInAsync(browser, "jun", "wrong again");
        Assert.Contains("locked", locking.Text);
        var (stillLocked, lockedText) = await SignInAsync(browser, "jun", Password);
        Assert.Equal("/sign-in", stillLocked);
        Assert.Contains("locked for 15 minutes", lockedText);

        // An admin lifts the lockout from the users page.
        var users = await server.Client.GetStringAsync("/accounts/users");
        Assert.Contains("locked", Html.Text(users));
        var id = System.Text.RegularExpressions.Regex.Match(users, "name=\"id\" value=\"([^\"]+)\"").Groups[1].Value;
        var unlocked = await server.Client.PostAsync("/accounts/users?handler=Unlock", new FormUrlEncodedContent(
            [new("id", id), new("__RequestVerificationToken", Html.AntiforgeryToken(users))]));
        Assert.Contains("can sign in again", Html.Text(await unlocked.Content.ReadAsStringAsync()));
        Assert.Equal("/", (await SignInAsync(browser, "jun", Password)).Landed);
    }

    [Fact]
    public async Task SignInAttemptsFromOneAddressAreLimitedPerMinute()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var browser = await server.ClientAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var form = await browser.GetStringAsync("/sign-in");
            statuses.Add((await browser.PostAsync("/sign-in", AmityServer.SignInFields(form, $"guess{i}", "not the password"))).StatusCode);
        }
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Showing the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task AfterSigningInOnlyAPathOfThisSiteIsFollowed()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        await server.AddUserAsync("ana", Roles.Viewer, Password);
        var browser = await server.ClientAsync(null);
        foreach (var evil in new[] { "//evil.example/", "https://evil.example/", "/\\evil.example" })
        {
            var form = await browser.GetStringAsync("/sign-in?ReturnUrl=" + Uri.EscapeDataString(evil));
            var response = await browser.PostAsync("/sign-in?ReturnUrl=" + Uri.EscapeDataString(evil), AmityServer.SignInFields(form, "ana", Password));
            Assert.Equal("127.0.0.1", response.RequestMessage!.RequestUri!.Host);
            Assert.Equal("/", response.Landed());
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnonymousVisitorsReachPublishedNewsTheSignInPageAndHealthOnly(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var future = await server.PostAsync<System.Text.Json.JsonElement>("/api/v1/articles", new
        {
            title = "Embargoed: the delegation's programme", body = "Not public before its date.", publishedOn = AmityServer.DefaultToday.AddDays(10).ToString("yyyy-MM-dd"),
        });
        var anonymous = await server.ClientAsync(null, followRedirects: false);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health/live"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/sign-in")).StatusCode);
        var news = await anonymous.GetStringAsync("/news");
        Assert.DoesNotContain("Embargoed", news);
        var published = System.Text.RegularExpressions.Regex.Match(news, "href=\"/news/(\\d+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/news/{published}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/news/{future.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/news/{future.GetProperty("id").GetInt32()}")).StatusCode);

        foreach (var page in new[] { "/", "/partners", "/people/2", "/calendar", "/reports", "/news/new", "/search?q=kim", "/briefings/people/2" })
        {
            var response = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery);
        }
        var api = await anonymous.GetAsync("/api/v1/people");
        await Expect.Problem(api, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", api.Headers.WwwAuthenticate.ToString());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheCalendarFeedOpensToAUsersSecretAddressUntilItIsReplaced(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        await server.AddUserAsync("sora", Roles.Viewer, Password);
        var sora = await server.SignedInClientAsync("sora", Password);
        var calendar = await sora.GetStringAsync("/calendar");
        var key = System.Text.RegularExpressions.Regex.Match(calendar, "calendar\\.ics\\?key=([0-9a-f]+)").Groups[1].Value;
        Assert.Equal(40, key.Length);

        var anonymous = await server.ClientAsync(null);
        await Expect.Problem(await anonymous.GetAsync("/calendar.ics"), HttpStatusCode.Unauthorized);
        await Expect.Problem(await anonymous.GetAsync("/calendar.ics?key=" + new string('0', 40)), HttpStatusCode.Unauthorized);
        var feed = await anonymous.GetAsync("/calendar.ics?key=" + key);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.Content.ReadAsStringAsync());

        var replaced = await sora.PostAsync("/account/calendar-key", new FormUrlEncodedContent([new("__RequestVerificationToken", Html.AntiforgeryToken(calendar))]));
        Assert.Equal("/calendar", replaced.Landed());
        await Expect.Problem(await anonymous.GetAsync("/calendar.ics?key=" + key), HttpStatusCode.Unauthorized);
        var newKey = System.Text.RegularExpressions.Regex.Match(await replaced.Content.ReadAsStringAsync(), "calendar\\.ics\\?key=([0-9a-f]+)").Groups[1].Value;
        Assert.NotEqual(key, newKey);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/calendar.ics?key=" + newKey)).StatusCode);
    }

    [Fact]
    public async Task AViewerSeesNoEditingAndIsRefusedAFormPost()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        await server.AddUserAsync("ha-eun", Roles.Viewer, Password);
        var viewer = await server.SignedInClientAsync("ha-eun", Password);
        var home = await viewer.GetStringAsync("/");
        Assert.DoesNotContain("href=\"/ingest\"", home);
        Assert.DoesNotContain("href=\"/accounts/users\"", home);

        var form = await viewer.GetStringAsync("/partners/2/edit");
        var refused = await viewer.PostAsync("/partners/2/edit", new FormUrlEncodedContent([new("Input.Name", "Renamed"), new("__RequestVerificationToken", Html.AntiforgeryToken(form))]));
        Assert.Equal("/access-denied", refused.Landed());
        Assert.Contains("Your role (viewer) does not allow this", Html.Text(await refused.Content.ReadAsStringAsync()));
        await using var db = server.OpenDb();
        Assert.Equal("Liaoning Province", db.Organizations.Single(o => o.Id == 2).Name);
    }

    private static async Task<(string Landed, string Text)> SignInAsync(HttpClient browser, string name, string password)
    {
        var form = await browser.GetStringAsync("/sign-in");
        var response = await browser.PostAsync("/sign-in", AmityServer.SignInFields(form, name, password));
        return (response.Landed(), Html.Text(await response.Content.ReadAsStringAsync()));
    }

}
