using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using Amity.Accounts;
using Amity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Infrastructure;

/// <summary>The real app on Kestrel at a free loopback port, over a fresh database of the given provider.</summary>
public sealed class AmityServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly List<HttpClient> _clients = [];
    private bool _ownsDatabase = true;

    private AmityServer(WebApplication app, TestDatabase database, HttpClient client, Uri address)
    {
        _app = app;
        Database = database;
        Client = client;
        Address = address;
        _clients.Add(client);
    }

    public TestDatabase Database { get; }
    /// <summary>A client holding an admin's API token: tests about features act as someone allowed to do everything.</summary>
    public HttpClient Client { get; }
    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;

    public static readonly JsonSerializerOptions Json = AmityApp.ConfigureJson(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The day tests live in unless they say otherwise: after the demo's 2024 records, so derived facts are stable.</summary>
    public static readonly DateOnly DefaultToday = new(2024, 11, 1);

    /// <param name="on">A database another server already uses (it stays open when this server stops); else a new one.</param>
    /// <param name="logTo">Where the app's log goes instead of the console, at <paramref name="logLevel"/> and above.</param>
    /// <param name="configure">Changes to the app's options (for what the command line reads from its environment).</param>
    public static async Task<AmityServer> StartAsync(DatabaseProvider provider, bool demo = false, DateOnly? today = null, TestDatabase? on = null,
        ILoggerProvider? logTo = null, LogLevel logLevel = LogLevel.Warning, Func<AmityOptions, AmityOptions>? configure = null)
    {
        var database = on ?? await TestDatabase.CreateAsync(provider);
        configure ??= o => o;
        var app = AmityApp.Build(configure(new AmityOptions
        {
            ConnectionString = database.ConnectionString,
            Urls = ["http://127.0.0.1:0"],
            Environment = "Testing",
            MinimumLogLevel = logLevel,
            LogTo = logTo,
            Clock = new FixedClock(today ?? DefaultToday),
        }));
        if (demo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoData.LoadIfEmptyAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), CancellationToken.None);
        }
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var admin = await CreateTokenAsync(app.Services, on is null ? "tests-admin" : $"tests-admin-{Guid.NewGuid():N}", Roles.Admin);
        return new AmityServer(app, database, BearerClient(address, admin), address) { _ownsDatabase = on is null };
    }

    /// <summary>A new client: with a token of the role, or anonymous when the role is null. It keeps cookies, not redirects' bodies.</summary>
    public async Task<HttpClient> ClientAsync(string? role, bool followRedirects = true)
    {
        var client = role is null
            ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = Address }
            : BearerClient(Address, await CreateTokenAsync(_app.Services, $"tests-{role}-{Guid.NewGuid():N}", role), followRedirects);
        _clients.Add(client);
        return client;
    }

    /// <summary>Adds a user to the server's database, as `./amity user add` does.</summary>
    public async Task AddUserAsync(string name, string role, string password)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var (user, errors) = await Users.AddAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), scope.ServiceProvider.GetRequiredService<UserManager<AmityUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), name, role, password, TimeProvider.System);
        if (user is null) throw new InvalidOperationException(string.Join(" ", errors));
    }

    /// <summary>A client signed in through the sign-in page with the user's password, holding the cookie as a browser does.</summary>
    public async Task<HttpClient> SignedInClientAsync(string name, string password)
    {
        var client = await ClientAsync(role: null);
        var form = await client.GetStringAsync("/sign-in");
        var response = await client.PostAsync("/sign-in", SignInFields(form, name, password));
        if (response.RequestMessage!.RequestUri!.AbsolutePath == "/sign-in")
            throw new InvalidOperationException($"{name} could not sign in: {Html.Text(await response.Content.ReadAsStringAsync())[..200]}");
        return client;
    }

    /// <summary>The sign-in form filled in: the page's antiforgery token, a user name and a password.</summary>
    public static FormUrlEncodedContent SignInFields(string signInPage, string name, string password) => new(new Dictionary<string, string>
    {
        ["Input.UserName"] = name, ["Input.Password"] = password, ["__RequestVerificationToken"] = Html.AntiforgeryToken(signInPage),
    });

    private static async Task<string> CreateTokenAsync(IServiceProvider services, string name, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await Tokens.CreateAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), name, role, "tests", TimeProvider.System, CancellationToken.None);
        return created.Secret;
    }

    private static HttpClient BearerClient(Uri address, string token, bool followRedirects = true)
    {
        HttpMessageHandler handler = new HttpClientHandler { AllowAutoRedirect = false };
        if (followRedirects) handler = new RedirectsWithToken(handler);
        var client = new HttpClient(handler) { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Follows redirects keeping the bearer token, which HttpClient drops on a redirect: a form post answered with a
    /// redirect to the saved record then reads that record as the same user, as a browser's cookie would.
    /// </summary>
    private sealed class RedirectsWithToken(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            for (var hops = 0; hops < 10 && (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location; hops++)
            {
                var keepBody = (int)response.StatusCode is 307 or 308;
                var next = new HttpRequestMessage(keepBody ? request.Method : HttpMethod.Get, new Uri(request.RequestUri!, location));
                if (keepBody) next.Content = request.Content;
                next.Headers.Authorization = request.Headers.Authorization;
                foreach (var header in request.Headers.Where(h => h.Key is "Accept" or "Accept-Language"))
                    next.Headers.TryAddWithoutValidation(header.Key, header.Value);
                response.Dispose();
                request = next;
                response = await base.SendAsync(request, ct);
            }
            return response;
        }
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
        foreach (var client in _clients) client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
    }
}

/// <summary>A clock stopped at noon UTC on one day, so that "today" is the same wherever the tests run.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
