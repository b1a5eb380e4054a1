using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Amity.Accounts;
using Microsoft.Extensions.Logging;

namespace Amity.Tests.Accounts;

/// <summary>Passwords and tokens never reach the log, even at its most talkative level.</summary>
public class SecretsInLogsTests
{
    [Fact]
    public async Task NoPasswordOrTokenIsLoggedAtTraceLevel()
    {
        var log = new CapturedLog();
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true, logTo: log, logLevel: LogLevel.Trace);
        const string password = "a secret nobody should log";
        await server.AddUserAsync("hye-jin", Roles.Editor, password);
        var browser = await server.SignedInClientAsync("hye-jin", password);
        await browser.GetStringAsync("/partners/2");

        var anonymous = await server.ClientAsync(null);
        var form = await anonymous.GetStringAsync("/sign-in");
        await anonymous.PostAsync("/sign-in", AmityServer.SignInFields(form, "hye-jin", password + " but wrong"));

        var created = await server.PostAsync<System.Text.Json.JsonElement>("/api/v1/tokens", new { name = "logged-or-not", role = "viewer" });
        var secret = created.GetProperty("secret").GetString()!;
        using var holder = new HttpClient { BaseAddress = server.Address };
        holder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        await holder.GetStringAsync("/api/v1/people");
        holder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret + "x");
        await holder.GetAsync("/api/v1/people");

        Assert.True(log.Lines.Count > 50, $"Only {log.Lines.Count} log lines: the capture is not working.");
        foreach (var line in log.Lines)
        {
            Assert.DoesNotContain(password, line);
            Assert.DoesNotContain(secret[6..30], line);
        }
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Queue { get; } = new();
        public List<string> Lines => [.. Queue];
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(CapturedLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Queue.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
