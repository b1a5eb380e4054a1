using System.Net;
using Amity.Security;

namespace Amity.Tests.Security;

public class SecurityHeadersTests
{
    private static void AssertSafeHeaders(HttpResponseMessage response, string what)
    {
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : null;

        var policy = Header("Content-Security-Policy");
        Assert.True(policy is not null, $"{what} has no Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'" })
            Assert.True(policy.Contains(directive), $"{what}: the policy lacks {directive}: {policy}");
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("same-origin", Header("Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header("Permissions-Policy"));
    }

    [Fact]
    public async Task EveryPageAndEndpointOfTheAppCarriesThePolicyAndTheSafetyHeaders()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var ids = await AppEndpoints.ExistingIdsAsync(server);
        var routes = AppEndpoints.Reads(server);
        Assert.True(routes.Count > 40, $"Only {routes.Count} GET routes were found in the endpoint data source.");
        var ok = 0;
        foreach (var route in routes)
        {
            var path = route.Path(ids(route));
            var response = await server.Client.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"GET {path} ({route}) answered {(int)response.StatusCode}");
            AssertSafeHeaders(response, $"GET {path}");
            if (response.StatusCode == HttpStatusCode.OK) ok++;
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            if (!path.StartsWith("/scalar", StringComparison.Ordinal))
                Assert.DoesNotContain("unsafe-inline", policy);
        }
        // Nearly every route names a real record; the few that answer otherwise (a redirect, an export of nothing) are not the rule.
        Assert.True(ok >= routes.Count * 3 / 4, $"Only {ok} of {routes.Count} routes answered 200 with the demo ids.");
    }

    [Fact]
    public async Task ErrorsAndStaticFilesCarryTheHeadersToo()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        AssertSafeHeaders(await server.Client.GetAsync("/no/such/page"), "a 404");
        AssertSafeHeaders(await server.Client.GetAsync("/css/amity.css"), "a stylesheet");
        AssertSafeHeaders(await server.Client.PostAsync("/api/v1/people", new StringContent("{", System.Text.Encoding.UTF8, "application/json")), "a 400 problem");
    }

    [Fact]
    public async Task OnlyTheApiReferenceMayRunInlineScript()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var reference = await server.Client.GetAsync("/scalar/v1");
        Assert.Equal(SecurityHeaders.ApiReferencePolicy, reference.Headers.GetValues("Content-Security-Policy").Single());
        var home = await server.Client.GetAsync("/");
        Assert.Equal(SecurityHeaders.Policy, home.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", SecurityHeaders.Policy);
        Assert.Contains("style-src 'self';", SecurityHeaders.Policy);
    }

    [Fact]
    public async Task NoPageWritesInlineScriptStyleOrEventHandlers()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var ids = await AppEndpoints.ExistingIdsAsync(server);
        foreach (var route in AppEndpoints.Reads(server).Where(r => !r.Template.StartsWith("/api", StringComparison.Ordinal) && !r.Template.StartsWith("/scalar", StringComparison.Ordinal)))
        {
            var path = route.Path(ids(route));
            var response = await server.Client.GetAsync(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(@"<script(?![^>]*\b(src=|type=""application/json""))[^>]*>", html);
            Assert.DoesNotMatch(@"<style\b", html);
            Assert.DoesNotMatch(@"\sstyle=""", html);
            Assert.DoesNotMatch(@"\son[a-z]+=""", html);
        }
    }
}
