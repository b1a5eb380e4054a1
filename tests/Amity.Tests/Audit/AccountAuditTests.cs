using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amity.Api;
using Amity.Accounts;
using Amity.Audit;
using Amity.Tests.Cli;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Audit;

/// <summary>Users and tokens changed from the command line, the account pages and the token API leave entries that hold no secret.</summary>
public class AccountAuditTests
{
    private const string Password = "correct horse battery staple";

    private static string? Field(JsonElement? values, string name) =>
        values is { } v && v.TryGetProperty(name, out var field) ? field.ToString() : null;

    /// <summary>No entry holds a password, a token, a hash or a security stamp.</summary>
    private static async Task AssertNoSecretsAsync(AmityDb db, params string[] secrets)
    {
        var stored = await db.AuditTrail.Select(e => e.RecordType + " " + e.Before + " " + e.After).ToListAsync();
        var hashes = await db.ApiTokens.Select(t => t.Hash).ToListAsync();
        var users = await db.Users.Select(u => new { u.PasswordHash, u.SecurityStamp }).ToListAsync();
        foreach (var text in stored)
        {
            foreach (var secret in secrets.Concat(hashes).Concat(users.SelectMany(u => new[] { u.PasswordHash, u.SecurityStamp })).OfType<string>())
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("stamp", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task UserAndTokenVerbsOfTheCommandLineAreRecordedWithoutSecrets(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.ConnectionString;
        Assert.Equal(0, (await Shell.RunWithInputAsync(Password + "\n", "user", "add", "jun", "--role", "editor", "--db", db)).Code);
        Assert.Equal(0, (await Shell.RunWithInputAsync(Password + " again\n", "user", "password", "jun", "--db", db)).Code);
        var created = await Shell.RunAsync("token", "create", "newsroom-sync", "--role", "viewer", "--db", db);
        Assert.Equal(0, created.Code);
        var secret = created.Out.Trim();
        Assert.Equal(0, (await Shell.RunAsync("token", "revoke", "newsroom-sync", "--db", db)).Code);
        // A refused change leaves no entry.
        Assert.NotEqual(0, (await Shell.RunWithInputAsync("short\n", "user", "add", "mei", "--role", "viewer", "--db", db)).Code);

        await using var context = database.Open();
        var trail = await context.AuditTrail.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([("user", "jun", AuditAction.Create), ("user", "jun", AuditAction.Update), ("token", "newsroom-sync", AuditAction.Create), ("token", "newsroom-sync", AuditAction.Update)],
            trail.Select(e => (e.RecordType, e.RecordKey!, e.Action)));
        Assert.All(trail, e => Assert.Equal("cli:" + Environment.UserName, e.Actor));
        var (addUser, setPassword, createToken, revokeToken) = (trail[0], trail[1], trail[2], trail[3]);
        Assert.Equal(0, addUser.RecordId);
        Assert.Contains("\"role\":\"editor\"", addUser.After);
        Assert.Null(addUser.Before);
        Assert.Contains("\"passwordSet\":true", setPassword.After);
        var token = await context.ApiTokens.SingleAsync(t => t.Name == "newsroom-sync");
        Assert.Equal((token.Id, token.Id), (createToken.RecordId, revokeToken.RecordId));
        Assert.Contains("\"role\":\"viewer\"", createToken.After);
        Assert.DoesNotContain("revokedAt", revokeToken.Before);
        Assert.Contains("\"revokedAt\"", revokeToken.After);
        await AssertNoSecretsAsync(context, Password, Password + " again", secret);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheAccountPagesAndTheTokenApiAreRecordedWithTheAdminWhoActed(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        await server.AddUserAsync("ada", Roles.Admin, Password);
        var admin = await server.SignedInClientAsync("ada", Password);
        async Task<string> PostAsync(string page, string handler, params (string Name, string Value)[] fields)
        {
            var form = await admin.GetStringAsync(page);
            var response = await admin.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(
                fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", Html.AntiforgeryToken(form)))));
            await Expect.Status(response, HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }
        await PostAsync("/accounts/users", "Add", ("NewName", "mei"), ("NewRole", "viewer"), ("NewPassword", Password));
        string mei;
        await using (var db = server.OpenDb()) mei = await db.Users.Where(u => u.UserName == "mei").Select(u => u.Id).SingleAsync();
        await PostAsync("/accounts/users", "Role", ("id", mei), ("role", "editor"));
        await PostAsync("/accounts/users", "Unlock", ("id", mei));
        var page = await PostAsync("/accounts/tokens", "Create", ("NewName", "page-token"), ("NewRole", "editor"));
        var pageSecret = Regex.Match(page, "amity_[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(pageSecret);
        await PostAsync("/accounts/tokens", "Revoke", ("name", "page-token"));

        var apiSecret = (await server.PostAsync<JsonElement>("/api/v1/tokens", new { name = "api-token", role = "viewer" })).GetProperty("secret").GetString()!;
        await Expect.Status(await server.Client.DeleteAsync("/api/v1/tokens/api-token"), HttpStatusCode.NoContent);

        var users = (await server.GetAsync<Page<AuditEntryRecord>>("/api/v1/audit?recordType=user&recordKey=mei")).Items;
        Assert.Equal([AuditAction.Update, AuditAction.Update, AuditAction.Create], users.Select(e => e.Action));
        Assert.All(users, e => Assert.Equal("ada", e.Actor));
        Assert.Equal(("viewer", "editor"), (Field(users[1].Before, "role"), Field(users[1].After, "role")));
        Assert.Equal("False", Field(users[0].After, "lockedOut"));
        Assert.Equal("viewer", Field(users[2].After, "role"));

        var byPage = (await server.GetAsync<Page<AuditEntryRecord>>("/api/v1/audit?recordType=token&recordKey=page-token")).Items;
        Assert.Equal([AuditAction.Update, AuditAction.Create], byPage.Select(e => e.Action));
        Assert.All(byPage, e => Assert.Equal("ada", e.Actor));
        var byApi = (await server.GetAsync<Page<AuditEntryRecord>>("/api/v1/audit?recordType=token&recordKey=api-token")).Items;
        Assert.Equal([AuditAction.Update, AuditAction.Create], byApi.Select(e => e.Action));
        Assert.All(byApi, e => Assert.Equal("token:tests-admin", e.Actor));
        Assert.NotNull(Field(byApi[0].After, "revokedAt"));

        var trailPage = await admin.GetStringAsync("/audit?type=user");
        Assert.Contains("ada changed user mei", Html.Text(trailPage));
        Assert.Contains("href=\"/accounts/users\"", trailPage);
        await using (var db = server.OpenDb()) await AssertNoSecretsAsync(db, Password, pageSecret, apiSecret);
    }
}
