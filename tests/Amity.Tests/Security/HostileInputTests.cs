using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Amity.Tests.Security;

/// <summary>
/// Every write endpoint of the app (read from its endpoint data source) against hostile input: the answer is a 4xx
/// problem naming what is wrong and the database is unchanged, or the input is accepted and stored exactly as sent.
/// Never a 5xx.
/// </summary>
public class HostileInputTests
{
    private const string Marker = "@@hostile@@";

    /// <summary>Text that must be stored and shown as text: markup, SQL, control characters, other scripts, and a 1 MB value.</summary>
    public static readonly string[] HostileText =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'; DROP TABLE \"Organizations\"; --",
        "1 OR 1=1",
        "nul\u0000byte",
        "\u202Eright-to-left\u200B zero\u200Dwidth 👩‍👩‍👧 경기도 辽宁省",
        new string('x', 1_048_576),
    ];

    /// <summary>Raw JSON tokens for number fields: negative, overflowing, fractional, out of range, a string.</summary>
    private static readonly string[] HostileNumbers = ["-1", "2147483648", "-2147483649", "1e400", "1.5", "\"12\"", "null"];

    [Theory, ClassData(typeof(Providers))]
    public async Task MalformedRequestsToEveryWriteEndpointAreProblemsAndChangeNothing(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var ids = await AppEndpoints.ExistingIdsAsync(server);
        var writes = AppEndpoints.Writes(server).Where(r => r.Method != "DELETE").ToList();
        Assert.True(writes.Count >= 15, $"Only {writes.Count} write endpoints were found.");
        var tried = 0;
        // Row counts after each request name the one that changed something; the whole export, compared once at the end,
        // shows that none changed a value either (an export per request made this the slowest test of the suite).
        var before = await DatabaseState.CaptureAsync(server);
        foreach (var route in writes)
        {
            var path = route.Path(ids(route));
            foreach (var (what, content) in Malformed(route))
            {
                await AssertRefusedAsync(server, route.Method, path, content, what);
                tried++;
            }
        }
        Assert.True(tried > 100);
        Assert.Equal(before, await DatabaseState.CaptureAsync(server));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task WrongIdsOnEveryWriteEndpointAre404ProblemsAndChangeNothing(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var ids = await AppEndpoints.ExistingIdsAsync(server);
        var start = await DatabaseState.CaptureAsync(server);
        foreach (var route in AppEndpoints.Writes(server).Where(r => r.Pattern.Parameters.Count > 0))
        {
            foreach (var parameter in route.Pattern.Parameters.Select(p => p.Name))
            {
                foreach (var wrong in new[] { "0", "-1", "99999999", "2147483648", "abc", "1;DROP TABLE x" })
                {
                    var path = route.Path(name => name == parameter ? wrong : ids(route)(name));
                    var body = route.Method == "DELETE" ? null : await ValidBodyAsync(server, route, ids);
                    var content = body is null ? null : Json(body.ToJsonString());
                    var before = await DatabaseState.CaptureAsync(server, export: false);
                    var response = await Send(server, route.Method, path, content);
                    Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                        $"{route.Method} {path}: expected 404, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                    Assert.Equal(before, await DatabaseState.CaptureAsync(server, export: false));
                }
            }
        }
        Assert.Equal(start, await DatabaseState.CaptureAsync(server));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task HostileTextInEveryFieldIsStoredExactlyOrRefusedByName(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var ids = await AppEndpoints.ExistingIdsAsync(server);
        var accepted = 0;
        var refused = 0;
        foreach (var route in AppEndpoints.Writes(server).Where(r => r.Method != "DELETE" && !r.TakesText))
        {
            var path = route.Path(ids(route));
            var fields = Fields(await ValidBodyAsync(server, route, ids)).Where(f => f.Kind == JsonValueKind.String).Select(f => f.Path).ToList();
            foreach (var field in fields)
            {
                foreach (var text in HostileText)
                {
                    // Updates read the record afresh each time, so that each carries the version it has now.
                    var body = await ValidBodyAsync(server, route, ids);
                    Set(body, field, text);
                    if (await TryAsync(server, route, path, Json(body.ToJsonString()), field, text)) accepted++; else refused++;
                }
            }
        }
        Assert.True(accepted > 50 && refused > 20, $"{accepted} accepted, {refused} refused");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task HostileNumbersInEveryFieldAreStoredExactlyOrRefusedByName(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var ids = await AppEndpoints.ExistingIdsAsync(server);
        foreach (var route in AppEndpoints.Writes(server).Where(r => r.Method != "DELETE" && !r.TakesText))
        {
            var path = route.Path(ids(route));
            var fields = Fields(await ValidBodyAsync(server, route, ids)).Where(f => f.Kind == JsonValueKind.Number).Select(f => f.Path).ToList();
            foreach (var field in fields)
            {
                foreach (var number in HostileNumbers)
                {
                    // A part sent without its id is a new part replacing the old one, which would take away the part the next
                    // requests address; that case belongs to each record's own tests.
                    if (number == "null" && field.EndsWith("].id", StringComparison.Ordinal)) continue;
                    var body = await ValidBodyAsync(server, route, ids);
                    Set(body, field, Marker);
                    var json = body.ToJsonString().Replace($"\"{Marker}\"", number, StringComparison.Ordinal);
                    await TryAsync(server, route, path, Json(json), field, JsonNode.Parse(number));
                }
            }
        }
    }

    /// <summary>Sends one request; true when it was accepted (and the value reads back as sent), false when refused by name.</summary>
    private static async Task<bool> TryAsync(AmityServer server, AppRoute route, string path, HttpContent content, string field, object? sent)
    {
        var what = $"{route.Method} {path} with {field} = {Show(sent)}";
        // Row counts only: the thousand-odd requests here cannot each afford an export; the malformed-request test compares exports.
        var before = await DatabaseState.CaptureAsync(server, export: false);
        var response = await Send(server, route.Method, path, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {body}");
        // An ingestion answers with what it wrote (records and their links), not with the article it was sent; the article's
        // text as stored is checked by the ingestion tests, so here an accepted ingestion only has to be no server error.
        if (response.IsSuccessStatusCode && route.Template == "/api/v1/ingestions") return true;
        if (response.IsSuccessStatusCode)
        {
            var location = response.Headers.Location?.ToString();
            // A created record is read back from its address; a part with no address of its own (a progress note) from the answer.
            var readBack = location is not null && route.Method == "POST" ? await server.Client.GetAsync(location) : null;
            var stored = readBack is { IsSuccessStatusCode: true } ? JsonNode.Parse(await readBack.Content.ReadAsStringAsync())! : JsonNode.Parse(body)!;
            var value = Get(stored, field);
            var expected = sent switch { JsonNode node => node.ToJsonString(), string s => JsonValue.Create(s).ToJsonString(), _ => "null" };
            // An id left out (null) is the server's to give: the record's own on an update (the address names it), a new one for
            // a part of a record (a commitment sent without its id is a new commitment).
            if (sent is null && (field == "id" || field.EndsWith(".id", StringComparison.Ordinal)) && value is JsonValue given && given.TryGetValue<int>(out _))
                expected = given.ToJsonString();
            // A part's version is the server's to keep: the record's own version is what a stale edit is refused by (409).
            if (field.EndsWith("].version", StringComparison.Ordinal) && value is JsonValue kept && kept.TryGetValue<int>(out _))
                expected = kept.ToJsonString();
            // A part added to a record (a progress note) reads back inside the record it was added to.
            var storedSomewhere = route.Method == "POST" && sent is string text && Strings(stored).Contains(text);
            Assert.True((value?.ToJsonString() ?? "null") == expected || storedSomewhere, $"{what} was accepted but reads back as {Show(value?.ToJsonString())}");
            return true;
        }
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{what}: {(int)response.StatusCode} {body}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var named = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
            // A rule over several fields (who invited: a person, an organization or both) is filed under one of them and names the others in its message.
            var messages = errors.ValueKind == JsonValueKind.Object ? errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString() ?? "").ToList() : [];
            var last = field[(field.LastIndexOf('.') + 1)..];
            Assert.True(named.Any(n => Names(n, field)) || messages.Any(m => m.Contains(last, StringComparison.Ordinal)), $"{what}: the problem does not name {field}: {Show(body)}");
        }
        else
        {
            Assert.Equal("version", field);
        }
        Assert.Equal(before, await DatabaseState.CaptureAsync(server, export: false));
        return false;
    }

    private static bool Names(string error, string field)
    {
        static string Normal(string s) => s.TrimStart('$', '.').ToLowerInvariant();
        var (e, f) = (Normal(error), Normal(field));
        return e == f || f.StartsWith(e + ".", StringComparison.Ordinal) || f.StartsWith(e + "[", StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(AmityServer server, string method, string path, HttpContent content, string what)
    {
        var before = await DatabaseState.CaptureAsync(server, export: false);
        var response = await Send(server, method, path, content);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{method} {path} with {what}: expected a 4xx, got {status} {Show(body)}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{method} {path} with {what}: {status} is not problem+json: {Show(body)}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } || problem.TryGetProperty("errors", out _),
            $"{method} {path} with {what}: the problem says nothing about what is wrong: {body}");
        Assert.Equal(before, await DatabaseState.CaptureAsync(server, export: false));
    }

    /// <summary>Requests no endpoint should accept, whatever its body means.</summary>
    private static IEnumerable<(string What, HttpContent Content)> Malformed(AppRoute route)
    {
        if (route.TakesText)
        {
            yield return ("JSON instead of text", Json("{\"text\":\"Gyeonggi Province and Liaoning Province signed an agreement.\"}"));
            yield return ("invalid UTF-8", Bytes([0x47, 0x79, 0xC3, 0x28, 0xFF, 0xFE], "text/plain; charset=utf-8"));
            yield return ("an empty body", new StringContent("", Encoding.UTF8, "text/plain"));
            yield return ("a form", new FormUrlEncodedContent([new("text", "Gyeonggi Province")]));
        }
        else
        {
            yield return ("malformed JSON", Json("{\"name\": "));
            yield return ("an empty body", Json(""));
            yield return ("null", Json("null"));
            yield return ("an array", Json("[]"));
            yield return ("a bare string", Json("\"<script>alert(1)</script>\""));
            yield return ("JSON nested 5000 deep", Json(new string('[', 5000) + new string(']', 5000)));
            yield return ("text/plain", new StringContent("{\"name\":\"Kim\"}", Encoding.UTF8, "text/plain"));
            yield return ("a form", new FormUrlEncodedContent([new("name", "Kim"), new("kind", "region")]));
            yield return ("no content type", Bytes(Encoding.UTF8.GetBytes("{\"name\":\"Kim\"}"), null));
            yield return ("invalid UTF-8", Bytes([.. "{\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8], "application/json"));
            yield return ("a lone surrogate", Json("{\"name\":\"\\ud800\",\"title\":\"\\udfff\",\"text\":\"\\ud800\"}"));
            yield return ("an unknown field", Json("{\"drop\":\"table\"}"));
        }
        yield return ("a 9 MB body", Bytes([.. "\""u8, .. Enumerable.Repeat((byte)'x', 9 * 1024 * 1024), .. "\""u8], route.TakesText ? "text/plain" : "application/json"));
    }

    /// <summary>
    /// A body the endpoint accepts: an update sends the record as read; a create sends an existing record of the kind
    /// without its id and version. Endpoints with nothing to read from have theirs here; a new one must add its own.
    /// </summary>
    private static async Task<JsonObject> ValidBodyAsync(AmityServer server, AppRoute route, Func<AppRoute, Func<string, string>> ids)
    {
        var path = route.Path(ids(route));
        if (route.Template.EndsWith("/notes", StringComparison.Ordinal)) return new JsonObject { ["date"] = "2024-06-01", ["text"] = "A progress note." };
        if (route.Template.StartsWith("/api/v1/tokens", StringComparison.Ordinal)) return new JsonObject { ["name"] = $"hostile-{Guid.NewGuid():N}", ["role"] = "viewer" };
        if (route.Template == "/api/v1/ingestions") return new JsonObject { ["text"] = await File.ReadAllTextAsync(SampleArticles.Path(SampleArticles.GyeonggiLiaoning)), ["published"] = "2024-04-24" };
        var response = await server.Client.GetAsync(path);
        if (!response.IsSuccessStatusCode && route.Method != "POST")
        {
            // An item without a GET of its own (a person's position) is read from its collection.
            var cut = path.LastIndexOf('/');
            var collection = JsonNode.Parse(await server.Client.GetStringAsync(path[..cut]))!.AsArray();
            return collection.Single(x => x!["id"]!.ToString() == path[(cut + 1)..])!.DeepClone().AsObject();
        }
        Assert.True(response.IsSuccessStatusCode, $"{route} has no GET at {path} to read a valid body from; give it one in {nameof(ValidBodyAsync)}.");
        var read = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (route.Method != "POST") return read.AsObject();
        var one = (read is JsonObject page && page["items"] is JsonArray items ? items[0] : read is JsonArray list ? list[0] : read)!.DeepClone().AsObject();
        WithoutIds(one);
        // A create that copies a record must not collide with it where names are unique.
        foreach (var key in new[] { "name", "title" })
            if (one[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String) one[key] = v.GetValue<string>() + " (copy)";
        return one;
    }

    /// <summary>A create names no ids or versions of its own, nor of the parts it holds (an agreement's commitments).</summary>
    private static void WithoutIds(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            o.Remove("id");
            o.Remove("version");
            // Links name other records by id; those ids stay.
            foreach (var (key, value) in o) if (key != "links") WithoutIds(value);
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a) WithoutIds(item);
        }
    }

    /// <summary>Each value in the body by its path as the API names it ("participants[0].title"); arrays by their first item.</summary>
    private static IEnumerable<(string Path, JsonValueKind Kind)> Fields(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o) foreach (var f in Fields(value, prefix.Length == 0 ? key : $"{prefix}.{key}")) yield return f;
                break;
            case JsonArray a when a.Count > 0:
                foreach (var f in Fields(a[0], $"{prefix}[0]")) yield return f;
                break;
            case JsonValue v:
                yield return (prefix, v.GetValueKind());
                break;
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    private static JsonNode? Get(JsonNode? node, string path)
    {
        foreach (var part in Parts(path)) node = part is int i ? (node as JsonArray)?[i] : (node as JsonObject)?[(string)part];
        return node;
    }

    private static void Set(JsonNode node, string path, string value)
    {
        var parts = Parts(path).ToList();
        var parent = Get(node, string.Concat(parts.SkipLast(1).Select((p, i) => p is int n ? $"[{n}]" : i == 0 ? (string)p : "." + p)));
        if (parts[^1] is int index) parent!.AsArray()[index] = value; else parent!.AsObject()[(string)parts[^1]] = value;
    }

    private static IEnumerable<object> Parts(string path)
    {
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[');
            if (bracket != 0) yield return bracket < 0 ? segment : segment[..bracket];
            if (bracket >= 0) yield return int.Parse(segment[(bracket + 1)..segment.IndexOf(']')]);
        }
    }

    private static Task<HttpResponseMessage> Send(AmityServer server, string method, string path, HttpContent? content) =>
        // Expect: 100-continue lets the server refuse an oversized body before the client has sent it.
        server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content, Headers = { ExpectContinue = content is not null } });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string? type)
    {
        var content = new ByteArrayContent(bytes);
        if (type is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private static string Show(object? value) => value?.ToString() is { Length: > 200 } s ? s[..200] + $"… ({s.Length} chars)" : value?.ToString() ?? "null";
}
