using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Storage;

/// <summary>
/// design.md's way past one machine: several app instances on one database behind a load balancer. Two real servers
/// share one database; a browser's cookie and form tokens from one are good at the other (the data-protection keys
/// live in the database), and an edit through one is never silently overwritten through the other.
/// </summary>
public class TwoInstancesTests
{
    private const string Password = "two instances, one database";

    [Theory, ClassData(typeof(Providers))]
    public async Task TwoInstancesShareSignInFormTokensAndConcurrencyChecks(DatabaseProvider provider)
    {
        await using var first = await AmityServer.StartAsync(provider, demo: true);
        await using var second = await AmityServer.StartAsync(provider, on: first.Database);
        await first.AddUserAsync("eun-ji", Roles.Editor, Password);

        // A browser signs in at the first instance, then the load balancer sends it to the second.
        var cookies = new CookieContainer();
        using var atFirst = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = first.Address };
        using var atSecond = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = second.Address };
        var signInForm = await atFirst.GetStringAsync("/sign-in");
        var signedIn = await atFirst.PostAsync("/sign-in", AmityServer.SignInFields(signInForm, "eun-ji", Password));
        Assert.Equal("/", signedIn.Landed());
        // Cookies are per host and port in the container; both instances are 127.0.0.1, so copy them across as a shared domain would.
        foreach (Cookie cookie in cookies.GetCookies(first.Address)) cookies.Add(second.Address, new Cookie(cookie.Name, cookie.Value, "/"));

        var home = await atSecond.GetAsync("/");
        Assert.Equal("/", home.Landed());
        Assert.Contains("eun-ji", Html.Text(await home.Content.ReadAsStringAsync()));

        // A form read from the first instance is posted to the second: its antiforgery token is accepted there.
        var form = await atFirst.GetStringAsync("/partners/2/edit");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var saved = await atSecond.PostAsync("/partners/2/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Liaoning Province", ["Input.Kind"] = "Region", ["Input.Country"] = "CN", ["Input.Version"] = version,
            ["Input.Notes"] = "Edited through the second instance.", ["__RequestVerificationToken"] = Html.AntiforgeryToken(form),
        }));
        Assert.True(saved.Landed() == "/partners/2", Html.Text(await saved.Content.ReadAsStringAsync()));
        Assert.Contains("Edited through the second instance.", Html.Text(await atFirst.GetStringAsync("/partners/2")));

        // Two editors read the same version, one through each instance: the second save is refused, not lost.
        var read = await first.GetAsync<JsonElement>("/api/v1/organizations/2");
        var record = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(read.GetRawText())!;
        record["notes"] = JsonSerializer.SerializeToElement("First editor's change.");
        await Expect.Status(await second.Client.PutAsJsonAsync("/api/v1/organizations/2", record, AmityServer.Json), HttpStatusCode.OK);
        record["notes"] = JsonSerializer.SerializeToElement("Second editor's change, from a stale read.");
        var stale = await Expect.Problem(await first.Client.PutAsJsonAsync("/api/v1/organizations/2", record, AmityServer.Json), HttpStatusCode.Conflict);
        Assert.Contains("changed by someone else", stale.GetProperty("detail").GetString());
        Assert.Equal("First editor's change.", (await first.GetAsync<JsonElement>("/api/v1/organizations/2")).GetProperty("notes").GetString());

        await using var db = first.OpenDb();
        Assert.True(await db.DataProtectionKeys.CountAsync() >= 1);
    }
}
