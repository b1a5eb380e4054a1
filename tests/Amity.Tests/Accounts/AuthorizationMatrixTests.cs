using System.Net;
using System.Text;
using Amity.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Amity.Tests.Accounts;

/// <summary>
/// Every endpoint the app maps, against anonymous, viewer, editor and admin. The endpoints come from the app's own
/// endpoint list, and each must have a rule in <see cref="Rules"/>: a new endpoint without one fails this test, so
/// nobody adds a page or an API without deciding who may use it.
/// </summary>
public class AuthorizationMatrixTests
{
    public enum Rule
    {
        /// <summary>Anyone, signed in or not.</summary>
        Public,
        /// <summary>Anyone may read; changing needs an editor.</summary>
        PublicRead,
        /// <summary>The default: reading (GET) needs any role, anything else an editor.</summary>
        ByMethod,
        /// <summary>Any role, whatever the method.</summary>
        Read,
        /// <summary>Any signed-in user or token, whatever the role.</summary>
        SignedIn,
        Admin,
        /// <summary>Anonymous callers need the secret key of a user's calendar address; any role needs none.</summary>
        CalendarKey,
    }

    /// <summary>Who may use each endpoint. Page routes are listed as the page's path; "*" means every method.</summary>
    public static readonly Dictionary<string, Rule> Rules = new(StringComparer.Ordinal)
    {
        ["GET /health"] = Rule.Public,
        ["GET /health/live"] = Rule.Public,
        ["GET /culture"] = Rule.Public,
        ["* sign-in"] = Rule.Public,
        ["* access-denied"] = Rule.Public,
        ["* news"] = Rule.PublicRead,
        ["* news/{id:int}"] = Rule.PublicRead,
        ["GET /calendar.ics"] = Rule.CalendarKey,
        ["* sign-out"] = Rule.SignedIn,
        ["* account/calendar-key"] = Rule.SignedIn,
        ["* accounts/users"] = Rule.Admin,
        ["* accounts/tokens"] = Rule.Admin,
        ["GET /api/v1/tokens/"] = Rule.Admin,
        ["POST /api/v1/tokens/"] = Rule.Admin,
        ["GET /api/v1/tokens/{name}"] = Rule.Admin,
        ["DELETE /api/v1/tokens/{name}"] = Rule.Admin,
        ["POST /api/v1/extract"] = Rule.Read,
        ["* audit"] = Rule.Admin,
        ["GET /api/v1/audit/"] = Rule.Admin,
        // The record pages and APIs, the reference and the dashboards keep the default rule.
        ["* "] = Rule.ByMethod,
        ["* agreements"] = Rule.ByMethod,
        ["* agreements/new"] = Rule.ByMethod,
        ["* agreements/{id:int}"] = Rule.ByMethod,
        ["* agreements/{id:int}/edit"] = Rule.ByMethod,
        ["* briefings/{kind:regex(^(people|partners|engagements)$)}/{id:int}"] = Rule.ByMethod,
        ["* calendar"] = Rule.ByMethod,
        ["* engagements"] = Rule.ByMethod,
        ["* engagements/new"] = Rule.ByMethod,
        ["* engagements/{id:int}"] = Rule.ByMethod,
        ["* engagements/{id:int}/edit"] = Rule.ByMethod,
        ["* events"] = Rule.ByMethod,
        ["* events/new"] = Rule.ByMethod,
        ["* events/{id:int}"] = Rule.ByMethod,
        ["* events/{id:int}/edit"] = Rule.ByMethod,
        ["* import"] = Rule.ByMethod,
        ["* ingest"] = Rule.ByMethod,
        ["* invitations"] = Rule.ByMethod,
        ["* invitations/new"] = Rule.ByMethod,
        ["* invitations/{id:int}/edit"] = Rule.ByMethod,
        ["* news/new"] = Rule.ByMethod,
        ["* news/{id:int}/edit"] = Rule.ByMethod,
        ["* partners"] = Rule.ByMethod,
        ["* partners/new"] = Rule.ByMethod,
        ["* partners/{id:int}"] = Rule.ByMethod,
        ["* partners/{id:int}/edit"] = Rule.ByMethod,
        ["* people"] = Rule.ByMethod,
        ["* people/new"] = Rule.ByMethod,
        ["* people/{id:int}"] = Rule.ByMethod,
        ["* people/{id:int}/edit"] = Rule.ByMethod,
        ["* relationships"] = Rule.ByMethod,
        ["* relationships/new"] = Rule.ByMethod,
        ["* relationships/{id:int}/edit"] = Rule.ByMethod,
        ["* reports"] = Rule.ByMethod,
        ["* search"] = Rule.ByMethod,
        ["* lookup/{kind}"] = Rule.ByMethod,
        ["DELETE /api/v1/agreements/{id:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/agreements/{id:int}/commitments/{commitmentId:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/articles/{id:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/engagements/{id:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/events/{id:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/invitations/{id:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/organizations/{id:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/people/{id:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/people/{id:int}/positions/{positionId:int}"] = Rule.ByMethod,
        ["DELETE /api/v1/relationships/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/agreements/"] = Rule.ByMethod,
        ["GET /api/v1/agreements/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/agreements/{id:int}/commitments"] = Rule.ByMethod,
        ["GET /api/v1/agreements/{id:int}/commitments/{commitmentId:int}"] = Rule.ByMethod,
        ["GET /api/v1/articles/"] = Rule.ByMethod,
        ["GET /api/v1/articles/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/engagements/"] = Rule.ByMethod,
        ["GET /api/v1/engagements/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/events/"] = Rule.ByMethod,
        ["GET /api/v1/events/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/invitations/"] = Rule.ByMethod,
        ["GET /api/v1/invitations/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/organizations/"] = Rule.ByMethod,
        ["GET /api/v1/organizations/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/people/"] = Rule.ByMethod,
        ["GET /api/v1/people/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/people/{id:int}/positions"] = Rule.ByMethod,
        ["GET /api/v1/relationships/"] = Rule.ByMethod,
        ["GET /api/v1/relationships/{id:int}"] = Rule.ByMethod,
        ["GET /api/v1/search/"] = Rule.ByMethod,
        ["GET /openapi/{documentName}.json"] = Rule.ByMethod,
        ["GET /scalar/favicon.svg"] = Rule.Public, // the reference page's own script and icon, no data
        ["GET /scalar/scalar.aspnetcore.js"] = Rule.Public, // the reference page's own script and icon, no data
        ["GET /scalar/scalar.js"] = Rule.Public, // the reference page's own script and icon, no data
        ["GET /scalar/{documentName?}"] = Rule.ByMethod,
        ["POST /api/v1/agreements/"] = Rule.ByMethod,
        ["POST /api/v1/agreements/{id:int}/commitments"] = Rule.ByMethod,
        ["POST /api/v1/agreements/{id:int}/commitments/{commitmentId:int}/notes"] = Rule.ByMethod,
        ["POST /api/v1/articles/"] = Rule.ByMethod,
        ["POST /api/v1/engagements/"] = Rule.ByMethod,
        ["POST /api/v1/events/"] = Rule.ByMethod,
        ["POST /api/v1/ingestions"] = Rule.ByMethod,
        ["POST /api/v1/ingestions/preview"] = Rule.ByMethod,
        ["POST /api/v1/invitations/"] = Rule.ByMethod,
        ["POST /api/v1/organizations/"] = Rule.ByMethod,
        ["POST /api/v1/people/"] = Rule.ByMethod,
        ["POST /api/v1/people/{id:int}/positions"] = Rule.ByMethod,
        ["POST /api/v1/relationships/"] = Rule.ByMethod,
        ["PUT /api/v1/agreements/{id:int}"] = Rule.ByMethod,
        ["PUT /api/v1/agreements/{id:int}/commitments/{commitmentId:int}"] = Rule.ByMethod,
        ["PUT /api/v1/articles/{id:int}"] = Rule.ByMethod,
        ["PUT /api/v1/engagements/{id:int}"] = Rule.ByMethod,
        ["PUT /api/v1/events/{id:int}"] = Rule.ByMethod,
        ["PUT /api/v1/invitations/{id:int}"] = Rule.ByMethod,
        ["PUT /api/v1/organizations/{id:int}"] = Rule.ByMethod,
        ["PUT /api/v1/people/{id:int}"] = Rule.ByMethod,
        ["PUT /api/v1/people/{id:int}/positions/{positionId:int}"] = Rule.ByMethod,
        ["PUT /api/v1/relationships/{id:int}"] = Rule.ByMethod,
    };

    [Fact]
    public async Task EveryEndpointAnswersEachRoleAsItsRuleSays()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var endpoints = Endpoints(server);
        var unruled = endpoints.Where(e => RuleOf(e) is null).Select(e => $"[\"{(e.IsPage ? "*" : e.Method)} {e.Route}\"] = Rule.?,").Distinct().ToList();
        Assert.True(unruled.Count == 0, "These endpoints have no rule in AuthorizationMatrixTests.Rules (decide who may use them, and add it):\n" + string.Join("\n", unruled));

        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = await server.ClientAsync(null, followRedirects: false),
            [Roles.Viewer] = await server.ClientAsync(Roles.Viewer, followRedirects: false),
            [Roles.Editor] = await server.ClientAsync(Roles.Editor, followRedirects: false),
            [Roles.Admin] = await server.ClientAsync(Roles.Admin, followRedirects: false),
        };
        var wrong = new List<string>();
        var cells = 0;
        foreach (var endpoint in endpoints)
        {
            foreach (var (who, client) in clients)
            {
                cells++;
                using var request = endpoint.Request();
                using var response = await client.SendAsync(request);
                var outcome = Outcome(response);
                var expected = Expected(RuleOf(endpoint)!.Value, endpoint.Method, who);
                if ((int)response.StatusCode >= 500) wrong.Add($"{endpoint.Method} {request.RequestUri} as {who}: server error {(int)response.StatusCode}");
                else if (outcome != expected) wrong.Add($"{endpoint.Method} {request.RequestUri} as {who}: {outcome} ({(int)response.StatusCode}), expected {expected}");
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cells} cells are wrong:\n" + string.Join("\n", wrong));
        Assert.True(cells >= 4 * 60, $"Only {cells} cells: the endpoint list looks incomplete.");
    }

    public enum Result { Allowed, SignInNeeded, Forbidden }

    private static Result Expected(Rule rule, string method, string who)
    {
        var reading = method is "GET" or "HEAD";
        var role = who == "anonymous" ? null : who;
        var allowed = rule switch
        {
            Rule.Public => true,
            Rule.PublicRead => reading || role is Roles.Editor or Roles.Admin,
            Rule.ByMethod => role is not null && (reading || role is Roles.Editor or Roles.Admin),
            Rule.Read or Rule.SignedIn or Rule.CalendarKey => role is not null,
            Rule.Admin => role is Roles.Admin,
            _ => false,
        };
        return allowed ? Result.Allowed : role is null ? Result.SignInNeeded : Result.Forbidden;
    }

    private static Result Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Result.SignInNeeded,
            HttpStatusCode.Forbidden => Result.Forbidden,
            _ when location.Contains("/sign-in", StringComparison.Ordinal) => Result.SignInNeeded,
            _ when location.Contains("/access-denied", StringComparison.Ordinal) => Result.Forbidden,
            _ => Result.Allowed,
        };
    }

    private static Rule? RuleOf(Endpoint endpoint) =>
        Rules.TryGetValue(endpoint.Key, out var rule) ? rule : Rules.TryGetValue("* " + endpoint.Route, out rule) ? rule : null;

    public sealed record Endpoint(string Method, string Route, bool IsPage)
    {
        public string Key => $"{Method} {Route}";

        /// <summary>
        /// A request that reaches the endpoint's handler when allowed. Reads use records of the demo data; writes name a
        /// record that does not exist, so that an allowed write answers 404 or 400 and changes nothing.
        /// </summary>
        public HttpRequestMessage Request()
        {
            var reading = Method is "GET" or "HEAD";
            var path = "/" + Route.TrimStart('/');
            path = path.Replace("{id:int}", reading ? "1" : "999999").Replace("{positionId:int}", "999999").Replace("{commitmentId:int}", reading ? "1" : "999999").Replace("{name}", "no-such-token")
                .Replace("{documentName}", "v1").Replace("{documentName?}", "v1");
            var request = new HttpRequestMessage(new HttpMethod(Method), path);
            if (!reading) request.Content = IsPage
                ? new FormUrlEncodedContent([])
                : new StringContent(Route.EndsWith("extract", StringComparison.Ordinal) || Route.Contains("preview", StringComparison.Ordinal) ? "" : "{}", Encoding.UTF8,
                    Route.EndsWith("extract", StringComparison.Ordinal) || Route.Contains("preview", StringComparison.Ordinal) ? "text/plain" : "application/json");
            return request;
        }
    }

    /// <summary>Every route the app maps, from its endpoint data source; a page is tried with GET and POST.</summary>
    private static List<Endpoint> Endpoints(AmityServer server)
    {
        var source = server.Services.GetRequiredService<EndpointDataSource>();
        var list = new List<Endpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null
                || endpoint.Metadata.Any(m => m.GetType().Name == "CompiledPageActionDescriptor");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? (isPage ? ["GET", "POST"] : ["GET"]);
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
                list.Add(new Endpoint(method, isPage ? route.TrimStart('/') : route, isPage));
        }
        return [.. list.DistinctBy(e => e.Key).OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }
}
