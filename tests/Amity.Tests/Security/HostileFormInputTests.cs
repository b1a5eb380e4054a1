using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Amity.Tests.Security;

/// <summary>
/// Every page that takes a POST (read from the app's endpoints, so a new form is covered or fails here), posted by a signed-in
/// admin with the page's own form (its antiforgery token and field names read from its HTML) with hostile values in every
/// field it lets a person type into: the answer is the form again naming the field that is wrong with nothing changed, or
/// the value stored as sent and shown encoded. Never a 5xx, never a stack trace.
/// </summary>
public class HostileFormInputTests
{
    private const string Password = "correct horse battery staple";

    /// <summary>Pages whose POST no form on their own GET sends, with where that form is.</summary>
    private static readonly Dictionary<string, string> PostedFromElsewhere = new()
    {
        ["/sign-out"] = "every page's header: a form with its antiforgery token only, nothing typed",
        ["/account/calendar-key"] = "/calendar: a button with the antiforgery token only, nothing typed",
    };

    /// <summary>Form fields as raw url-encoded text (the lone surrogates are raw bytes no string can hold).</summary>
    private static readonly (string What, string Encoded, string? Stored)[] HostileText =
    [
        ("script", Uri.EscapeDataString("<script>alert(1)</script>"), "<script>alert(1)</script>"),
        ("markup", Uri.EscapeDataString("\"><img src=x onerror=alert(1)>"), "\"><img src=x onerror=alert(1)>"),
        ("sql", Uri.EscapeDataString("'; DROP TABLE \"Organizations\"; --"), "'; DROP TABLE \"Organizations\"; --"),
        ("nul", "nul%00byte", "nul\u0000byte"),
        ("lone surrogates", "a%ED%A0%80b%ED%B0%80c", null),
        ("1 MB", new string('x', 1_048_576), new string('x', 1_048_576)),
    ];

    /// <summary>Handlers that show what a post would do and write nothing.</summary>
    private static readonly string[] Previews = ["Propose", "Preview"];

    private static readonly string[] HostileNumbers = ["2147483648", "-2147483649", "1e400", "-1", "abc"];

    private sealed record Form(string Action, List<(string Name, string Type, string Value)> Fields);

    [Fact]
    public async Task HostileValuesInEveryPageFormAreRefusedByNameOrStoredExactlyAndShownEncoded()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        await server.AddUserAsync("ada", Amity.Accounts.Roles.Admin, Password);
        var admin = await server.SignedInClientAsync("ada", Password);
        var ids = await AppEndpoints.ExistingIdsAsync(server);

        var posted = new List<string>();
        foreach (var route in await PostPagesAsync(server))
        {
            if (PostedFromElsewhere.ContainsKey(route.Template)) continue;
            var path = route.Path(ids(route));
            var forms = Forms(await admin.GetStringAsync(path), path);
            Assert.True(forms.Count > 0, $"{path} takes a POST but shows no form that sends one: add it to this test.");
            for (var f = 0; f < forms.Count; f++)
            {
                if (!forms[f].Fields.Any(x => IsTyped(x.Type))) continue;
                // The megabyte goes in one field, as the others together would pass the 8 MB body limit (a 413 of its own).
                var first = forms[f].Fields.FirstOrDefault(x => IsText(x.Type)).Name;
                foreach (var (what, encoded, stored) in HostileText)
                    await TryAsync(server, admin, path, forms[f].Action, what, x => IsText(x.Type) && (what != "1 MB" || x.Name == first) ? encoded : null, stored);
                if (forms[f].Fields.Any(x => x.Type == "number"))
                    foreach (var number in HostileNumbers)
                        await TryAsync(server, admin, path, forms[f].Action, "number " + number, x => x.Type == "number" ? number : null, null);
                posted.Add($"{path} form {f + 1}");
            }
            // A body that is no form at all.
            var before = await DatabaseState.CaptureAsync(server, export: false);
            var wrong = await admin.PostAsync(path, new StringContent("<x>not a form</x>", Encoding.UTF8, "text/xml"));
            Assert.True((int)wrong.StatusCode is >= 400 and < 500, $"{path} with a text/xml body: {(int)wrong.StatusCode}");
            Assert.Equal(before, await DatabaseState.CaptureAsync(server, export: false));
        }
        Assert.True(posted.Count >= 10, "Only " + string.Join(", ", posted));
    }

    /// <summary>Posts one form of the page read afresh (so an edit carries the record's current version), fields changed as given.</summary>
    private static async Task TryAsync(AmityServer server, HttpClient admin, string path, string action, string what, Func<(string Name, string Type, string Value), string?> change, string? stored)
    {
        var html = await admin.GetStringAsync(path);
        // By its address: a post may add forms before it (a revoke button per new token).
        var form = Forms(html, path).First(x => x.Action == action && x.Fields.Any(y => IsTyped(y.Type)));
        var changed = form.Fields.Where(x => change(x) is not null).Select(x => x.Name).ToList();
        // A password box is filled in as a person would, so that what is wrong is the hostile value alone.
        string Value((string Name, string Type, string Value) x) => x.Type == "password" ? Password + " 2" : x.Value;
        var body = string.Join("&", form.Fields.Select(x => Uri.EscapeDataString(x.Name) + "=" + (change(x) ?? Uri.EscapeDataString(Value(x)))));
        var before = await DatabaseState.CaptureAsync(server, export: false);
        var response = await admin.PostAsync(form.Action, new ByteArrayContent(Encoding.ASCII.GetBytes(body)) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } });
        var answer = await response.Content.ReadAsStringAsync();
        var where = $"{path} ({form.Action}) with {what} in {string.Join(", ", changed)}";
        Assert.True((int)response.StatusCode < 500, $"{where}: {(int)response.StatusCode} {Short(answer)}");
        Assert.DoesNotContain("Exception", answer, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bat Amity\.", answer);
        Assert.DoesNotContain("<script>alert(1)", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", answer, StringComparison.Ordinal);

        var after = await DatabaseState.CaptureAsync(server, export: false);
        // A form shown again with a field's error has written nothing: a post the page could only half read is not saved behind the message.
        Assert.False(after != before && answer.Contains("class=\"field-validation-error\"", StringComparison.Ordinal), $"{where} showed the form again with an error, but wrote the record");
        // A preview writes nothing by design and shows what it read (encoded, as asserted above).
        if (Previews.Any(p => action.EndsWith("?handler=" + p, StringComparison.Ordinal)) && response.StatusCode == HttpStatusCode.OK && after == before) return;
        if (after == before)
        {
            // Refused: the form again, with a message filed under a field that was changed (or the whole form's summary).
            var named = Regex.Matches(answer, "class=\"field-validation-error\"[^>]*data-valmsg-for=\"([^\"]+)\"|data-valmsg-for=\"([^\"]+)\"[^>]*class=\"field-validation-error\"")
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
            var summary = answer.Contains("validation-summary-errors", StringComparison.Ordinal);
            Assert.True(named.Any(changed.Contains) || summary, $"{where} changed nothing and named no field: {Short(answer)}");
            return;
        }
        // Accepted: the value is stored exactly as sent.
        if (stored is null) return;
        var export = await Amity.Tests.Storage.Snapshots.ExportAsync(server.Database);
        using var document = JsonDocument.Parse(export);
        // Users and tokens are not records of the export document.
        List<string> accounts;
        await using (var db = server.OpenDb()) accounts = [.. db.ApiTokens.Select(t => t.Name), .. db.Users.Select(u => u.UserName!)];
        Assert.True(Strings(document.RootElement).Concat(accounts).Any(s => s == stored || s.Contains(stored, StringComparison.Ordinal)), $"{where} was accepted but the value is not stored as sent");
    }

    private static string Short(string html) => Html.Text(html) is var text && text.Length > 800 ? text[..800] : Html.Text(html);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>Fields a person types into, and of those the ones that take any text.</summary>
    private static bool IsTyped(string type) => IsText(type) || type is "number" or "date";
    private static bool IsText(string type) => type is "text" or "textarea" or "search" or "email" or "url" or "tel";

    /// <summary>The page routes whose page model has a POST handler.</summary>
    private static async Task<List<AppRoute>> PostPagesAsync(AmityServer server)
    {
        var loader = server.Services.GetRequiredService<PageLoader>();
        var pages = new List<AppRoute>();
        foreach (var endpoint in server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            if (compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)))
                pages.Add(new AppRoute("POST", endpoint.RoutePattern, []));
        }
        return [.. pages.DistinctBy(p => p.Template).OrderBy(p => p.Template, StringComparer.Ordinal)];
    }

    /// <summary>The page's POST forms that post to the page itself, with every field a browser would send.</summary>
    private static List<Form> Forms(string html, string path)
    {
        var forms = new List<Form>();
        foreach (Match form in Regex.Matches(html, "<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase))
        {
            var attributes = form.Groups[1].Value;
            if (!Regex.IsMatch(attributes, "method=\"post\"", RegexOptions.IgnoreCase)) continue;
            var action = WebUtility.HtmlDecode(Attribute(attributes, "action") ?? path);
            if (action.StartsWith('?')) action = path + action;
            if (!action.Split('?')[0].Equals(path, StringComparison.Ordinal)) continue;
            var fields = new List<(string, string, string)>();
            var inner = form.Groups[2].Value;
            foreach (Match input in Regex.Matches(inner, "<input\\b([^>]*)>", RegexOptions.IgnoreCase))
            {
                var a = input.Groups[1].Value;
                if (Attribute(a, "name") is not { } name) continue;
                var type = (Attribute(a, "type") ?? "text").ToLowerInvariant();
                if (type is "checkbox" or "radio" && !Regex.IsMatch(a, "\\bchecked\\b")) continue;
                if (type is "submit" or "button" or "file") continue;
                fields.Add((WebUtility.HtmlDecode(name), type, WebUtility.HtmlDecode(Attribute(a, "value") ?? (type is "checkbox" ? "on" : ""))));
            }
            foreach (Match area in Regex.Matches(inner, "<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase))
                if (Attribute(area.Groups[1].Value, "name") is { } name) fields.Add((WebUtility.HtmlDecode(name), "textarea", WebUtility.HtmlDecode(area.Groups[2].Value).TrimStart('\n')));
            foreach (Match select in Regex.Matches(inner, "<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase))
            {
                if (Attribute(select.Groups[1].Value, "name") is not { } name) continue;
                var options = Regex.Matches(select.Groups[2].Value, "<option\\b([^>]*)>", RegexOptions.IgnoreCase).Select(o => o.Groups[1].Value).ToList();
                var chosen = options.FirstOrDefault(o => Regex.IsMatch(o, "\\bselected\\b")) ?? options.FirstOrDefault();
                fields.Add((WebUtility.HtmlDecode(name), "select", WebUtility.HtmlDecode(chosen is null ? "" : Attribute(chosen, "value") ?? "")));
            }
            forms.Add(new Form(action, fields));
        }
        return forms;
    }

    private static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $"\\b{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } m ? m.Groups[1].Value : null;
}
