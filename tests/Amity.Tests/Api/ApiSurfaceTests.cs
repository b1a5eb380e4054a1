using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Api;

public class ApiSurfaceTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task HealthAnswers200WhenTheDatabaseIsReady(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var response = await server.Client.GetAsync("/health");
        await Expect.Status(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task LivenessAnswersWithoutTheDatabaseWhileReadinessReportsItsFault()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        // A migration the database lacks makes readiness fail; liveness runs no check and still answers.
        await using (var db = server.OpenDb()) await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\")");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.GetAsync("/health")).StatusCode);
        var live = await server.Client.GetAsync("/health/live");
        await Expect.Status(live, HttpStatusCode.OK);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryRecordType()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var document = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var resource in new[] { "organizations", "relationships", "people", "engagements", "agreements", "invitations", "events", "articles" })
        {
            Assert.Contains($"/api/v1/{resource}", paths);
            Assert.Contains($"/api/v1/{resource}/{{id}}", paths);
        }
        Assert.Contains("/api/v1/agreements/{id}/commitments", paths);
        Assert.Contains("/api/v1/people/{id}/positions", paths);
    }

    [Fact]
    public async Task TheApiReferencePageIsServedFromTheAppItself()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var page = await server.Client.GetStringAsync("/scalar/v1");
        Assert.Contains("scalar.js", page);
        Assert.DoesNotContain("cdn.", page);
        await Expect.Status(await server.Client.GetAsync("/scalar/scalar.js"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnUnknownIdIs404ProblemJson()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        foreach (var resource in new[] { "organizations", "relationships", "people", "engagements", "agreements", "invitations", "events", "articles" })
        {
            var problem = await Expect.Problem(await server.Client.GetAsync($"/api/v1/{resource}/12345"), HttpStatusCode.NotFound);
            Assert.Contains("12345", problem.GetProperty("detail").GetString());
            await Expect.Problem(await server.Client.DeleteAsync($"/api/v1/{resource}/12345"), HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task AnEmptyBodyOrTheWrongContentTypeIsAProblem()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var empty = await server.Client.PostAsync("/api/v1/people", new StringContent("", System.Text.Encoding.UTF8, "application/json"));
        await Expect.Problem(empty, HttpStatusCode.BadRequest);
        var text = await server.Client.PostAsync("/api/v1/people", new StringContent("name=Kim", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }
}
