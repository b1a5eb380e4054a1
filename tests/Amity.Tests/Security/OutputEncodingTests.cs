using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Amity.Tests.Security;

/// <summary>Names, titles and notes written to attack a page are shown as text on every page that shows them.</summary>
public class OutputEncodingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";

    [Theory, ClassData(typeof(Providers))]
    public async Task EveryPageShowsHostileRecordsOnlyEncoded(DatabaseProvider provider)
    {
        // Today is in November 2024, so the engagement and the event are on the calendar's current month and the home page.
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        async Task<int> Create(string path, object body)
        {
            var response = await server.Client.PostAsJsonAsync(path, body, AmityServer.Json);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        }
        var home = (await server.GetAsync<JsonElement>("/api/v1/organizations?q=Gyeonggi")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var organization = await Create("/api/v1/organizations", new { name = Script, kind = "region", country = Image, aliases = new[] { Image }, notes = Image });
        var person = await Create("/api/v1/people", new { name = Image, nativeName = Script, aliases = new[] { Script }, notes = Script,
            positions = new[] { new { title = Script, organizationId = organization, from = "2020" } } });
        var relationship = await Create("/api/v1/relationships", new { kind = "sister", parties = new[] { home, organization }, since = "2001", basisDocument = Script, notes = Image });
        var engagement = await Create("/api/v1/engagements", new
        {
            kind = "meeting", title = Script, date = "2024-11-05", place = Image, hostOrganizationId = organization, summary = Image, nextSteps = Script,
            participants = new[] { new { personId = person, title = Script, organizationId = organization } },
        });
        var agreement = await Create("/api/v1/agreements", new
        {
            title = Script, kind = "memorandum", signedOn = "2024-11-05", engagementId = engagement, notes = Image, parties = new[] { home, organization },
            signatories = new[] { new { personId = person, title = Image } },
            commitments = new[] { new { text = Script, ownerOrganizationId = organization, due = "2025-03", notes = new[] { new { date = "2024-11-06", text = Image } } } },
        });
        var evt = await Create("/api/v1/events", new { name = Script, kind = "forum", date = "2024-11-20", place = Image, outcome = Script,
            organizations = new[] { new { organizationId = organization, role = "organizer" } } });
        var invitation = await Create("/api/v1/invitations", new { fromPersonId = person, toOrganizationId = home, subject = Script, givenOn = "2024-11-01", respondBy = "2024-11-30", notes = Image });
        var article = await Create("/api/v1/articles", new { title = Script, body = Image + " " + Script, publishedOn = "2024-10-30", source = Image,
            links = new[] { new { type = "organization", id = organization } } });

        string[] pages =
        [
            "/", "/partners", $"/partners/{organization}", $"/partners/{organization}/edit", "/relationships", $"/relationships/{relationship}/edit",
            "/people", $"/people/{person}", $"/people/{person}/edit", "/engagements", $"/engagements/{engagement}", $"/engagements/{engagement}/edit",
            "/agreements", $"/agreements/{agreement}", $"/agreements/{agreement}/edit", "/events", $"/events/{evt}", $"/events/{evt}/edit",
            "/invitations", $"/invitations/{invitation}/edit", "/news", $"/news/{article}", $"/news/{article}/edit",
            $"/briefings/people/{person}", $"/briefings/partners/{organization}", $"/briefings/engagements/{engagement}",
            "/calendar", "/calendar?view=list", "/search?q=alert", "/search?q=" + Uri.EscapeDataString(Script), "/reports",
        ];
        foreach (var path in pages)
        {
            var response = await server.Client.GetAsync(path);
            await Expect.Status(response, HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror=alert(1)>", html.Replace("onerror=alert(1)&gt;", ""), StringComparison.Ordinal);
            Assert.True(html.Contains("&lt;script&gt;alert(1)&lt;/script&gt;") || html.Contains("&lt;img src=x onerror=alert(1)&gt;")
                || html.Contains("\\u003Cscript\\u003Ealert(1)"), $"{path} shows none of the hostile records, so it proves nothing.");
        }

        // Exports are files, not pages: served as attachments that no browser renders, holding the text as written.
        foreach (var list in new[] { "/partners", "/people", "/engagements", "/agreements", "/events", "/invitations", "/news" })
        {
            var csv = await server.Client.GetAsync(list + "?handler=Csv");
            await Expect.Status(csv, HttpStatusCode.OK);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", csv.Headers.GetValues("X-Content-Type-Options").Single());
        }
        Assert.Contains(Script, await server.Client.GetStringAsync("/partners?handler=Csv"));

        var feed = await server.Client.GetAsync("/calendar.ics");
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SUMMARY:" + Script, (await feed.Content.ReadAsStringAsync()).Replace("\r\n ", ""));
        var api = await server.Client.GetAsync($"/api/v1/organizations/{organization}");
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
    }
}
