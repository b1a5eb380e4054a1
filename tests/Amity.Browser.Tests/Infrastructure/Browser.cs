using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Amity.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for a test class: the machine's own /usr/bin/chromium (./test installs it), never a downloaded one.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Instance { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: install it (apt-get install chromium) or run ./test as root, which does.");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A new browser window signed in, through the sign-in page, as a new user of the role (an admin unless said
    /// otherwise); with no role, an anonymous visitor.
    /// </summary>
    public async Task<IPage> OpenAsync(AmityServer server, string locale = "en-GB", string? role = Amity.Accounts.Roles.Admin)
    {
        var page = await OpenAnonymousAsync(server, locale);
        if (role is null) return page;
        var name = $"{role}-{Guid.NewGuid():N}"[..16];
        const string password = "browser test passphrase";
        await server.AddUserAsync(name, role, password);
        await page.GotoAsync("/sign-in");
        await page.FillAsync("#Input_UserName", name);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.record button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        return page;
    }

    private async Task<IPage> OpenAnonymousAsync(AmityServer server, string locale)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Client.BaseAddress!.ToString(), Locale = locale, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await ScriptProblems.WatchAsync(page);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Instance is not null) await Instance.DisposeAsync();
        _playwright?.Dispose();
    }
}

public static class Pages
{
    /// <summary>Screenshots are kept as test artifacts under the test output, never committed.</summary>
    public static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Every journey screenshots the pages it visits, so this is also where a page's script problems fail it.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        page.AssertNoScriptProblems();
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    /// <summary>Runs axe on the page and fails on any serious or critical violation, naming each and where it is.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // Only violations are judged, and axe spends most of its time writing a selector for every node of every passing
        // rule unless told which results are wanted.
        var results = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        var bad = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{page.Url} has accessibility violations:\n" + string.Join("\n", bad.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)).Take(5))}")));
    }
}

/// <summary>
/// What a page must never do: break the Content-Security-Policy, log an error to the console, throw, or open a dialog
/// (an alert() from an injected name). Watched on every page the browser tests open.
/// </summary>
public static class ScriptProblems
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Seen = new();

    public static async Task WatchAsync(IPage page)
    {
        var problems = Seen.GetValue(page, _ => []);
        void Add(string problem) { lock (problems) problems.Add($"{page.Url}: {problem}"); }
        page.Console += (_, message) => { if (message.Type == "error") Add($"console error: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => Add($"uncaught error: {error}");
        page.Dialog += (_, dialog) => { Add($"a {dialog.Type} dialog opened: {dialog.Message}"); _ = dialog.DismissAsync(); };
        // Injected by the browser itself, so the policy does not apply to it; Chromium also logs violations to the console.
        await page.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", function (e) {
              console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
            });
            """);
    }

    public static void AssertNoScriptProblems(this IPage page)
    {
        var problems = Seen.GetValue(page, _ => []);
        string[] found;
        lock (problems)
        {
            found = [.. problems];
            problems.Clear();
        }
        Assert.True(found.Length == 0, "The page had script problems:\n" + string.Join("\n", found));
    }
}
