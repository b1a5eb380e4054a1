using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Accounts;
using Amity.Tests.Cli;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Accounts;

/// <summary>API tokens: 401 without a valid one, 403 with one that lacks the role, stored hashed, revocable.</summary>
public class TokenTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task ATokenActsWithItsRoleAndNoMore(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var viewer = await server.ClientAsync(Roles.Viewer);
        var editor = await server.ClientAsync(Roles.Editor);
        var partner = new { name = "Province of Tokens", kind = "region", country = "KR" };

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/organizations/2")).StatusCode);
        await Expect.Problem(await viewer.PostAsJsonAsync("/api/v1/organizations", partner, AmityServer.Json), HttpStatusCode.Forbidden);
        await Expect.Problem(await viewer.GetAsync("/api/v1/tokens"), HttpStatusCode.Forbidden);
        await Expect.Status(await editor.PostAsJsonAsync("/api/v1/organizations", partner, AmityServer.Json), HttpStatusCode.Created);
        await Expect.Problem(await editor.GetAsync("/api/v1/tokens"), HttpStatusCode.Forbidden);

        var anonymous = await server.ClientAsync(null);
        var none = await anonymous.GetAsync("/api/v1/organizations/2");
        await Expect.Problem(none, HttpStatusCode.Unauthorized);
        foreach (var bad in new[] { "amity_not-a-real-token", "", new string('x', 5000) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organizations/2");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bad);
            await Expect.Status(await anonymous.SendAsync(request), HttpStatusCode.Unauthorized);
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnAdminCreatesListsAndRevokesTokensWhichAreStoredOnlyAsHashes(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var created = await server.PostAsync<JsonElement>("/api/v1/tokens", new { name = "newsroom-sync", role = "editor" });
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("amity_", secret);
        Assert.True(secret.Length >= 40);

        var list = await server.Client.GetStringAsync("/api/v1/tokens");
        Assert.Contains("newsroom-sync", list);
        Assert.DoesNotContain(secret, list);
        Assert.DoesNotContain(secret, await server.Client.GetStringAsync("/accounts/tokens"));
        await using (var db = server.OpenDb())
        {
            var stored = await db.ApiTokens.SingleAsync(t => t.Name == "newsroom-sync");
            Assert.Equal(Tokens.Hash(secret), stored.Hash);
            Assert.NotEqual(secret, stored.Hash);
            Assert.Equal("editor", stored.Role);
            Assert.Equal("token:tests-admin", stored.CreatedBy);
        }

        using var holder = new HttpClient { BaseAddress = server.Address };
        holder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/v1/people")).StatusCode);

        await Expect.InvalidFields(await server.Client.PostAsJsonAsync("/api/v1/tokens", new { name = "", role = "overlord" }), "name", "role");
        await Expect.InvalidFields(await server.Client.PostAsJsonAsync("/api/v1/tokens", new { name = "newsroom-sync", role = "viewer" }), "name");
        await Expect.Status(await server.Client.DeleteAsync("/api/v1/tokens/newsroom-sync"), HttpStatusCode.NoContent);
        // Revoked on this instance: refused at once, not after the lookup cache expires.
        await Expect.Status(await holder.GetAsync("/api/v1/people"), HttpStatusCode.Unauthorized);
        await Expect.Problem(await server.Client.DeleteAsync("/api/v1/tokens/newsroom-sync"), HttpStatusCode.NotFound);
        Assert.Contains("revoked", Html.Text(await server.Client.GetStringAsync("/accounts/tokens")));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheCommandLineAddsUsersAndCreatesTokensThatTheServerAccepts(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var db = server.Database.ConnectionString;

        var added = await Shell.RunWithInputAsync("a long enough passphrase\n", "user", "add", "yuna", "--role", "editor", "--db", db);
        Assert.True(added.Code == 0, added.Error);
        Assert.Contains("Added yuna as editor", added.Out);
        Assert.DoesNotContain("passphrase", added.Out + added.Error);
        var yuna = await server.SignedInClientAsync("yuna", "a long enough passphrase");
        Assert.Contains("yuna", Html.Text(await yuna.GetStringAsync("/")));

        var taken = await Shell.RunWithInputAsync("another long passphrase\n", "user", "add", "yuna", "--role", "viewer", "--db", db);
        Assert.Equal(1, taken.Code);
        Assert.Contains("yuna", taken.Error);
        var shortPassword = await Shell.RunWithInputAsync("short\n", "user", "add", "min", "--role", "viewer", "--db", db);
        Assert.Equal(1, shortPassword.Code);
        Assert.Contains("at least 10 characters", shortPassword.Error);
        var noPassword = await Shell.RunAsync("user", "add", "min", "--role", "viewer", "--db", db);
        Assert.Contains("no password", noPassword.Error);
        var badRole = await Shell.RunWithInputAsync("a long enough passphrase\n", "user", "add", "min", "--role", "superuser", "--db", db);
        Assert.NotEqual(0, badRole.Code);

        var token = await Shell.RunAsync("token", "create", "ci-reader", "--role", "viewer", "--db", db);
        Assert.True(token.Code == 0, token.Error);
        var secret = token.Out.Trim();
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organizations/2")).StatusCode);
        await Expect.Problem(await client.DeleteAsync("/api/v1/organizations/2"), HttpStatusCode.Forbidden);

        var listed = await Shell.RunAsync("token", "list", "--db", db);
        Assert.Contains("ci-reader\tviewer", listed.Out);
        Assert.DoesNotContain(secret, listed.Out);
        var users = await Shell.RunAsync("user", "list", "--db", db);
        Assert.Contains("yuna\teditor", users.Out);

        var revoked = await Shell.RunAsync("token", "revoke", "ci-reader", "--db", db);
        Assert.True(revoked.Code == 0, revoked.Error);
        // A server that had the token cached refuses it once the short cache expires; a fresh lookup refuses it at once.
        await Task.Delay(TokenAuthenticationHandler.CacheFor + TimeSpan.FromSeconds(1));
        await Expect.Status(await client.GetAsync("/api/v1/organizations/2"), HttpStatusCode.Unauthorized);
        var again = await Shell.RunAsync("token", "revoke", "ci-reader", "--db", db);
        Assert.Contains("no active token", again.Error);
    }
}
