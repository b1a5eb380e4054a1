using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using Amity.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Infrastructure;

/// <summary>The real app on Kestrel at a free loopback port, over a fresh database of the given provider.</summary>
public sealed class AmityServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AmityServer(WebApplication app, TestDatabase database, HttpClient client)
    {
        _app = app;
        Database = database;
        Client = client;
    }

    public TestDatabase Database { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static readonly JsonSerializerOptions Json = AmityApp.ConfigureJson(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The day tests live in unless they say otherwise: after the demo's 2024 records, so derived facts are stable.</summary>
    public static readonly DateOnly DefaultToday = new(2024, 11, 1);

    public static async Task<AmityServer> StartAsync(DatabaseProvider provider, bool demo = false, DateOnly? today = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = AmityApp.Build(new AmityOptions
        {
            ConnectionString = database.ConnectionString,
            Urls = ["http://127.0.0.1:0"],
            Environment = "Testing",
            MinimumLogLevel = LogLevel.Warning,
            Clock = new FixedClock(today ?? DefaultToday),
        });
        if (demo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoData.LoadIfEmptyAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), CancellationToken.None);
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AmityServer(app, database, new HttpClient { BaseAddress = new Uri(address) });
    }

    public AmityDb OpenDb() => Database.Open();

    public async Task<T> GetAsync<T>(string path)
    {
        var response = await Client.GetAsync(path);
        await Expect.Status(response, System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<T> PostAsync<T>(string path, object body)
    {
        var response = await Client.PostAsJsonAsync(path, body, Json);
        await Expect.Status(response, System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>A clock stopped at noon UTC on one day, so that "today" is the same wherever the tests run.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
