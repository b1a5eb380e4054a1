using System.Net;
using System.Text.Json;

namespace Amity.Tests.Infrastructure;

public static class Expect
{
    /// <summary>Asserts the status and shows the body when it differs, so a failure says why.</summary>
    public static async Task Status(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected} {expected} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode}: {body}");
        }
    }

    /// <summary>Asserts an RFC 9457 problem with the status, and returns its JSON.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        await Status(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Asserts a 400 problem whose errors name each of the fields.</summary>
    public static async Task<JsonElement> InvalidFields(HttpResponseMessage response, params string[] fields)
    {
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"The problem has no errors: {problem}");
        var named = errors.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in fields)
            Assert.True(named.Contains(field, StringComparer.OrdinalIgnoreCase), $"The errors do not name '{field}': {errors}");
        return errors;
    }
}

/// <summary>Both providers, for every test that touches storage.</summary>
public sealed class Providers : TheoryData<Amity.Data.DatabaseProvider>
{
    public Providers()
    {
        Add(Amity.Data.DatabaseProvider.Sqlite);
        Add(Amity.Data.DatabaseProvider.Postgres);
    }
}
