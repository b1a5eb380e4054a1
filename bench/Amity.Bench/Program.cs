using System.Diagnostics;
using System.Globalization;
using Amity;
using Amity.Data;
using Amity.Exchange;
using Amity.Ingestion;
using Amity.Synth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Amity's benchmarks, run on demand (not in CI): server time of pages and API calls on a synthetic national dataset,
// import and export rows per second, ingestion articles per second, and the server's memory.
//   dotnet run -c Release --project bench/Amity.Bench -- [--scale 1] [--postgres ADMIN_CONNECTION] [--requests 200]
//   dotnet run -c Release --project bench/Amity.Bench -- --exchange [--db CONNECTION] [--import FILE.json]   # export, import (phase by phase), ingestion only
//   dotnet run -c Release --project bench/Amity.Bench -- --demo      # every main page on the demo data (target: under 100 ms)
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("""
        Amity.Bench: server time of pages and API calls on a synthetic national dataset, throughput (wrk), memory,
        export and import rows per second, ingestion articles per second.

          --scale N            dataset size (default 1); made once in bench-data/amity-N.db or as amity_bench_N
          --postgres ADMIN     PostgreSQL admin connection string (default: SQLite)
          --db CONNECTION      an existing database instead of bench-data/ (a copy when anything writes)
          --requests N         measured requests per page after the warm-up (default 200)
          --warmup N           requests per page before measuring (default 10); the JIT keeps recompiling hot
                               methods for a few hundred requests, so steady state needs more
          --pages-only         the pages and API calls only: no wrk, export, import or ingestion
          --only A,B           only the pages whose name contains one of these words (e.g. "partner,search")
          --exchange           export, import (phase by phase) and ingestion only
          --import FILE.json   with --exchange: import this document instead of exporting first
          --no-ingest          with --exchange: stop after the import
          --gc-default         with --exchange: the runtime's default gen0 budget, not the one ./amity import runs with
          --sql                with the pages: each page's slowest SQL commands, time per request (--sql-full: whole text)
          --loaders            also time the partner page's and briefings' data read directly, without rendering
          --ingest-only        ingestion only, into --db (it writes); --log FILE keeps EF Core's SQL
          --articles DIR[,DIR]  with --ingest-only: ingest those folders' *.txt instead of the sample corpus
          --demo               every main page on the demo data

        Per page it prints the server's time (Server-Timing) as median and p95, and per request the median number of
        SQL commands and their time (execution and reading), the process's CPU time and the bytes it allocated (server and client
        together), and on average how many queries EF Core compiled (missed its cache) and how many methods were JIT-compiled.
        """);
    return;
}
if (args.Contains("--demo"))
{
    await DemoPagesAsync((int)Arg("--requests", 50.0));
    return;
}
// The import runs with the gen0 budget the ./amity launcher gives `amity import` (GCgen0size has no runtimeconfig name, only
// an environment variable, read at start-up): so that --exchange measures what the command does, the bench starts itself
// again with it. --gc-default measures the runtime's default instead.
if (args.Contains("--exchange") && !args.Contains("--gc-default") && Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is null)
{
    var again = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("Amity.Bench", StringComparison.OrdinalIgnoreCase))
        again.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
    foreach (var arg in args) again.ArgumentList.Add(arg);
    again.Environment["DOTNET_GCgen0size"] = "0x8000000";
    using var child = Process.Start(again)!;
    await child.WaitForExitAsync();
    Environment.Exit(child.ExitCode);
}
var scale = Arg("--scale", 1.0);
var requests = (int)Arg("--requests", 200.0);
var warmup = (int)Arg("--warmup", 10.0);
var postgresAdmin = ArgText("--postgres");
var provider = postgresAdmin is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
// With --db the scale of the data is whatever that database holds, not --scale.
var label = ArgText("--db") is null ? $"N={scale.ToString(CultureInfo.InvariantCulture)} {provider}" : $"{provider}, the database given by --db";
Console.WriteLine($"# Amity benchmark, {label}, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores");

var connection = ArgText("--db") ?? await PrepareAsync(scale, postgresAdmin);
if (args.Contains("--ingest-only"))
{
    // Ingestion alone into the given database (a copy: it writes), with EF Core's SQL and timings in --log FILE if given.
    var log = ArgText("--log") is { } logFile ? new StreamWriter(logFile) : null;
    await using (var db = Database.Open(connection, log is null ? null : o => o.LogTo(log.WriteLine, Microsoft.Extensions.Logging.LogLevel.Information)))
    {
        await db.MigrateIfPendingAsync(CancellationToken.None);
        await IngestAsync(db, ArgText("--articles"));
    }
    log?.Dispose();
    return;
}
// --exchange measures only export, import and ingestion; --db uses an existing database instead of bench-data/;
// --import FILE imports that document instead of exporting first.
if (!args.Contains("--exchange")) await PagesAsync(connection, requests, warmup, ArgText("--only")?.Split(','), wrk: !args.Contains("--pages-only"), showSql: args.Contains("--sql") || args.Contains("--sql-full"), full: args.Contains("--sql-full"), loaders: args.Contains("--loaders"));
if (args.Contains("--pages-only")) return;

// Export and import.
var given = ArgText("--import");
var file = given ?? Path.Combine(Path.GetTempPath(), $"amity-bench-{Guid.NewGuid():N}.json");
var rows = await CountRowsAsync(connection);
var clock = Stopwatch.StartNew();
if (given is null)
    await using (var db = Database.Open(connection)) await ExportDocument.WriteFileAsync(db, file, new Progress<(int, int)>(), CancellationToken.None);
var exportSeconds = clock.Elapsed.TotalSeconds;
var (target, drop) = await EmptyDatabaseAsync(postgresAdmin);
await using (var db = Database.Open(target)) await db.Database.MigrateAsync();
clock.Restart();
await using (var db = Database.Open(target))
{
    var result = await ImportDocument.ImportFileAsync(db, file, new Progress<(int, int)>(), CancellationToken.None);
    if (!result.Succeeded) throw new InvalidOperationException(result.Errors.ToString());
    Console.WriteLine($"Import, phase by phase{(result.RollbackJournal ? " (through a rollback journal)" : "")}:\n{result.Laps}");
}
// Garbage collections suspend every thread, the reading and writing ones included, so they are part of the import's cost.
Console.WriteLine($"Garbage collections so far: gen0 {GC.CollectionCount(0):N0}, gen1 {GC.CollectionCount(1):N0}, gen2 {GC.CollectionCount(2):N0}, "
    + $"paused {GC.GetTotalPauseDuration().TotalSeconds:N1} s, {GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024):N1} GB allocated, server GC {System.Runtime.GCSettings.IsServerGC}.");
Console.WriteLine("CPU by thread (whole process so far): " + string.Join(", ", Laps.Threads().Take(8).Select(t => $"{t.Thread} {t.Cpu.TotalSeconds:N1} s")));
var importSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine((given is null ? $"Export: {rows:N0} rows in {exportSeconds:N1} s = {rows / exportSeconds:N0} rows/s. " : "")
    + $"Import: {rows:N0} rows in {importSeconds:N1} s = {rows / importSeconds:N0} rows/s.");

// Ingestion end to end: extract, resolve against the dataset, write.
if (!args.Contains("--no-ingest"))
    await using (var db = Database.Open(target)) await IngestAsync(db);
if (given is null) File.Delete(file);
await drop();

static async Task PagesAsync(string connection, int requests, int warmup, string[]? only, bool wrk, bool showSql, bool full, bool loaders)
{
    await using var app = AmityApp.Build(new AmityOptions
    {
        ConnectionString = connection, Urls = ["http://127.0.0.1:0"], Environment = "Production", MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
    });
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    // Every HTTP call of the benchmark (HttpClient and wrk) goes out with these headers: an admin's bearer token, made for this run.
    var headers = await SignedInHeadersAsync(app);
    using var client = Client(address, headers);

    int partner, person, engagement;
    await using (var db = Database.Open(connection))
    {
        // The busiest partner and person: the pages that do the most work.
        partner = await db.Engagements.Where(e => e.HostOrganizationId != null).GroupBy(e => e.HostOrganizationId!.Value)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        person = await db.Set<Amity.Engagements.Participant>().GroupBy(p => p.PersonId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        engagement = await db.Engagements.OrderByDescending(e => e.Date).Select(e => e.Id).FirstAsync();
    }

    var targets = new (string Name, string Path)[]
    {
        ("home page (dashboard)", "/"),
        ("partner page", $"/partners/{partner}"),
        ("person page", $"/people/{person}"),
        ("briefing (person)", $"/briefings/people/{person}"),
        ("briefing (engagement)", $"/briefings/engagements/{engagement}"),
        ("briefing (partner)", $"/briefings/partners/{partner}"),
        ("calendar.ics", "/calendar.ics"),
        ("calendar page (this month)", "/calendar"),
        ("reports page", "/reports"),
        ("API get organization", $"/api/v1/organizations/{partner}"),
        ("API list and filter", $"/api/v1/engagements?organization={partner}&from=2010-01-01&to=2020-12-31&kind=meeting"),
        ("search (Latin)", "/api/v1/search?q=water%20management"),
        ("search (Hangul)", "/api/v1/search?q=" + Uri.EscapeDataString("경기")),
        ("search page", "/search?q=water%20management"),
        ("readiness (/health, checks the database)", "/health"),
        ("trivial endpoint (/health/live)", "/health/live"),
        // List pages and a form with record pickers: each read its whole table before issue 6.
        ("people list", "/people"),
        ("people list, page 1000", "/people?page=1000"),
        ("partners list", "/partners"),
        ("news list", "/news"),
        ("agreements list", "/agreements"),
        ("events list", "/events"),
        ("invitations list", "/invitations"),
        ("relationships list", "/relationships"),
        ("engagements list", "/engagements"),
        ("engagement form (new)", "/engagements/new"),
        ("picker lookup (people)", "/lookup/people?q=kim"),
    };

    Console.WriteLine();
    Console.WriteLine("| what | status | median ms | p95 ms | SQL commands | SQL ms | CPU ms | allocated KB | HTML KB | queries compiled | methods jitted |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    using var sql = new SqlCommands();
    var process = Process.GetCurrentProcess();
    foreach (var (name, path) in targets.Where(t => only is null || only.Any(o => t.Name.Contains(o, StringComparison.OrdinalIgnoreCase))))
    {
        List<double> times = [], commands = [], sqlTimes = [], cpu = [], allocated = [], compiled = [], jitted = [];
        var slowest = showSql ? new Dictionary<string, List<double>>() : null;
        var status = 0;
        long length = 0;
        for (var i = 0; i < requests + warmup; i++)
        {
            // Requests go one at a time, so what the process spends between two of them is this request's (and the client's small share).
            sql.Reset();
            sql.ByText = i >= warmup ? slowest : null;
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            using var response = await client.GetAsync(path);
            await response.Content.LoadIntoBufferAsync();
            status = (int)response.StatusCode;
            length = response.Content.Headers.ContentLength ?? 0;
            if (i < warmup) continue;
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated.Add((GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0);
            commands.Add(sql.Count);
            compiled.Add(sql.Compiled);
            jitted.Add(System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore);
            sqlTimes.Add(sql.Milliseconds);
            // The server's own time, from the Server-Timing header the app writes on every response.
            if (response.Headers.TryGetValues("Server-Timing", out var values)
                && double.TryParse(values.First().Split("dur=")[1], CultureInfo.InvariantCulture, out var ms)) times.Add(ms);
        }
        foreach (var list in new[] { times, commands, sqlTimes, cpu, allocated, compiled, jitted }) list.Sort();
        Console.WriteLine(times.Count == 0 ? $"| {name} | {status} | – | – |" : $"| {name} | {status} | {Percentile(times, 0.5):N2} | {Percentile(times, 0.95):N2} | "
            + $"{Percentile(commands, 0.5):N0} | {Percentile(sqlTimes, 0.5):N2} | {Percentile(cpu, 0.5):N0} | {Percentile(allocated, 0.5):N0} | {length / 1024.0:N0} | {compiled.Average():N1} | {jitted.Average():N0} |");
        if (slowest is { } texts)
        {
            // The commands that took longest over the measured requests: mean time per request, and how often per request each ran.
            foreach (var (text, runs) in texts.OrderByDescending(t => t.Value.Sum()).Take(12))
                Console.WriteLine($"    {runs.Sum() / requests,8:N2} ms/request {runs.Count / (double)requests,5:N1}x  {OneLine(text, full)}");
        }
    }
    if (loaders)
    {
        // The same pages' data read directly, without rendering: what the page costs beyond this is building HTML.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var direct = new (string Name, Func<AmityDb, Task<object?>> Load)[]
        {
            ("partner profile", async db => await Amity.Partners.PartnerProfile.LoadAsync(db, partner, today, CancellationToken.None)),
            ("briefing data (engagement)", async db => await Amity.Briefings.Briefing.ForEngagementAsync(db, engagement, today, CancellationToken.None)),
            ("briefing data (partner)", async db => await Amity.Briefings.Briefing.ForPartnerAsync(db, partner, today, CancellationToken.None)),
        };
        foreach (var (name, load) in direct.Where(t => only is null || only.Any(o => t.Name.Contains(o, StringComparison.OrdinalIgnoreCase))))
        {
            List<double> times = [], cpu = [];
            for (var i = 0; i < requests + warmup; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AmityDb>();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                _ = await load(db) ?? throw new InvalidOperationException(name + " found nothing");
                if (i < warmup) continue;
                times.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
            times.Sort();
            cpu.Sort();
            Console.WriteLine($"| {name}, read directly | | {Percentile(times, 0.5):N2} | {Percentile(times, 0.95):N2} | | | {Percentile(cpu, 0.5):N0} | | | | |");
        }
    }
    if (!wrk)
    {
        await app.StopAsync();
        return;
    }
    // Throughput of the trivial endpoint and of the API get of one organization, back to back, with wrk (2 threads, 32 connections, 10 s).
    var trivial = Wrk(address, "/health/live", headers);
    var apiGet = Wrk(address, $"/api/v1/organizations/{partner}", headers);
    if (trivial is { } t && apiGet is { } g)
        Console.WriteLine($"\nwrk -t2 -c32 -d10s: /health/live {t:N0} requests/s, API get of one organization {g:N0} requests/s, ratio {g / t:N2}.");
    GC.Collect();
    Console.WriteLine();
    // The server runs in this process, so the peak resident set (VmHWM) is the server's plus the benchmark's own small share.
    var peak = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?.Split(':')[1].Trim() : null;
    Console.WriteLine($"Process memory after the runs: working set {Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MB, managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB, peak RSS {peak ?? "unknown"}.");
    await app.StopAsync();
}

static async Task IngestAsync(AmityDb db, string? folders = null)
{
    // --articles DIR[,DIR…] ingests those folders' *.txt instead of the sample corpus (more articles: a steadier rate).
    var articles = (folders?.Split(',') ?? [FindCorpus()]).SelectMany(d => Directory.GetFiles(d, "*.txt").Order()).Select(File.ReadAllText).ToList();
    // The first article pays for starting EF Core (the model, each query's compilation) and the JIT: timed apart.
    var clock = Stopwatch.StartNew();
    await Ingester.CommitAsync(db, articles[0], null, "bench", [], CancellationToken.None);
    var first = clock.Elapsed.TotalSeconds;
    clock.Restart();
    foreach (var text in articles.Skip(1)) await Ingester.CommitAsync(db, text, null, "bench", [], CancellationToken.None);
    var rest = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"Ingestion end to end: {articles.Count} articles in {first + rest:N2} s = {articles.Count / (first + rest):N1} articles/s; "
        + $"the first (with EF Core's start) {first:N2} s, the other {articles.Count - 1} at {(articles.Count - 1) / rest:N1} articles/s.");
}

// Every main page on the demo dataset, as a newcomer sees it after ./amity serve --demo.
static async Task DemoPagesAsync(int requests)
{
    var file = Path.Combine(Path.GetTempPath(), $"amity-bench-demo-{Guid.NewGuid():N}.db");
    var connection = $"Data Source={file};Pooling=false";
    await using (var db = Database.Open(connection))
    {
        await db.Database.MigrateAsync();
        await DemoData.LoadIfEmptyAsync(db, CancellationToken.None);
    }
    await using var app = AmityApp.Build(new AmityOptions
    {
        ConnectionString = connection, Urls = ["http://127.0.0.1:0"], Environment = "Production", MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
    });
    await app.StartAsync();
    using var client = Client(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(), await SignedInHeadersAsync(app));
    string[] pages =
    [
        "/", "/partners", "/partners/2", "/people", "/people/2", "/engagements", "/engagements/3", "/agreements", "/agreements/1",
        "/invitations", "/events", "/events/2", "/news", "/news/1", "/calendar?month=2024-04", "/calendar.ics", "/briefings/people/2",
        "/briefings/partners/2", "/briefings/engagements/3", "/reports", "/search?q=liaoning",
    ];
    Console.WriteLine($"# Main pages on the demo data, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {requests} requests each");
    Console.WriteLine("| page | status | median ms | p95 ms | client median ms |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    foreach (var page in pages)
    {
        var server = new List<double>();
        var round = new List<double>();
        var status = 0;
        for (var i = 0; i < requests + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(page);
            await response.Content.LoadIntoBufferAsync();
            status = (int)response.StatusCode;
            if (i < 5) continue;
            round.Add(clock.Elapsed.TotalMilliseconds);
            if (response.Headers.TryGetValues("Server-Timing", out var values)
                && double.TryParse(values.First().Split("dur=")[1], CultureInfo.InvariantCulture, out var ms)) server.Add(ms);
        }
        server.Sort();
        round.Sort();
        Console.WriteLine($"| {page} | {status} | {Percentile(server, 0.5):N2} | {Percentile(server, 0.95):N2} | {Percentile(round, 0.5):N2} |");
    }
    await app.StopAsync();
    File.Delete(file);
}

// Every page and API call needs an account: the bench acts with an admin's bearer token made for the run.
static async Task<Dictionary<string, string>> SignedInHeadersAsync(Microsoft.AspNetCore.Builder.WebApplication app)
{
    await using var scope = app.Services.CreateAsyncScope();
    var token = await Amity.Accounts.Tokens.CreateAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), $"bench-{Guid.NewGuid():N}",
        Amity.Accounts.Roles.Admin, "bench", TimeProvider.System, CancellationToken.None);
    return new Dictionary<string, string> { ["Authorization"] = "Bearer " + token.Secret };
}

static HttpClient Client(string address, Dictionary<string, string> headers)
{
    var client = new HttpClient { BaseAddress = new Uri(address) };
    foreach (var (name, value) in headers) client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
    return client;
}

// Requests per second from wrk, or null when wrk is not installed.
static double? Wrk(string address, string path, Dictionary<string, string> headers)
{
    var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var arg in new[] { "-t2", "-c32", "-d10s" }) start.ArgumentList.Add(arg);
    foreach (var (name, value) in headers) { start.ArgumentList.Add("-H"); start.ArgumentList.Add($"{name}: {value}"); }
    start.ArgumentList.Add(address.TrimEnd('/') + path);
    try
    {
        using var wrk = Process.Start(start)!;
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("Requests/sec:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(':')[1].Trim(), CultureInfo.InvariantCulture);
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}

static string OneLine(string sql, bool full)
{
    var line = string.Join(' ', sql.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
    return line.Length > 400 && !full ? line[..400] : line;
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

double Arg(string name, double fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

// A synthetic database per scale, made once and kept (SQLite under bench-data/, PostgreSQL as amity_bench_N).
static async Task<string> PrepareAsync(double scale, string? postgresAdmin)
{
    var tag = scale.ToString(CultureInfo.InvariantCulture).Replace('.', '_');
    string connection;
    if (postgresAdmin is null)
    {
        Directory.CreateDirectory("bench-data");
        connection = $"Data Source={Path.GetFullPath($"bench-data/amity-{tag}.db")}";
    }
    else
    {
        var name = $"amity_bench_{tag}";
        await using var admin = new NpgsqlConnection(postgresAdmin);
        await admin.OpenAsync();
        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", admin);
        if (await exists.ExecuteScalarAsync() is null) await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin).ExecuteNonQueryAsync();
        connection = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ConnectionString;
    }
    await using var db = Database.Open(connection);
    await db.Database.MigrateAsync();
    if (!await db.Organizations.AnyAsync())
    {
        var clock = Stopwatch.StartNew();
        var written = await new Synthesizer(db, SynthSize.At(scale)).RunAsync(new Progress<(int, int)>(), CancellationToken.None);
        Console.WriteLine($"Synthesized {written:N0} records in {clock.Elapsed.TotalSeconds:N0} s.");
    }
    return connection;
}

static async Task<(string Connection, Func<Task> Drop)> EmptyDatabaseAsync(string? postgresAdmin)
{
    if (postgresAdmin is null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"amity-bench-import-{Guid.NewGuid():N}.db");
        return ($"Data Source={path};Pooling=false", () => { File.Delete(path); return Task.CompletedTask; });
    }
    var name = $"amity_bench_import_{Guid.NewGuid():N}";
    await using (var admin = new NpgsqlConnection(postgresAdmin))
    {
        await admin.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin).ExecuteNonQueryAsync();
    }
    return (new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ConnectionString, async () =>
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(postgresAdmin);
        await admin.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
    });
}

static async Task<long> CountRowsAsync(string connection)
{
    await using var db = Database.Open(connection);
    long total = 0;
    // Name keys are an index that the import computes, not rows of the document.
    foreach (var type in db.Model.GetEntityTypes().Where(t => t.ClrType != typeof(NameKey)))
    {
        var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + type.GetTableName() + "\"";
        total += await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }
    return total;
}

static string FindCorpus()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "shared", "corpus", "dev"))) return Path.Combine(dir.FullName, "shared", "corpus", "dev");
    throw new DirectoryNotFoundException("shared/corpus/dev was not found above the benchmark.");
}

/// <summary>
/// Counts the SQL commands EF Core runs in this process and adds up their time, from its diagnostic events: the server runs
/// in the bench's process, so no hook in the app is needed.
/// </summary>
sealed class SqlCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;
    private long _ticks;
    private readonly Dictionary<Guid, string> _texts = [];

    /// <summary>When set, each command's text with its total time, to find the slow ones.</summary>
    public Dictionary<string, List<double>>? ByText { get; set; }

    public SqlCommands() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public int Count => _count;
    /// <summary>Queries EF Core compiled (missed its query cache) since the last reset: each costs milliseconds and JIT work.</summary>
    public int Compiled => _compiled;
    private int _compiled;
    public double Milliseconds => TimeSpan.FromTicks(Interlocked.Read(ref _ticks)).TotalMilliseconds;

    public void Reset()
    {
        _count = 0;
        _compiled = 0;
        Interlocked.Exchange(ref _ticks, 0);
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryCompilationStarting.Name) Interlocked.Increment(ref _compiled);
        // A reader's time is its execution and then its reading (with EF Core's materializing of each row).
        switch (e.Value)
        {
            case Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData executed:
                Interlocked.Increment(ref _count);
                Interlocked.Add(ref _ticks, executed.Duration.Ticks);
                if (ByText is { } texts) lock (texts) Add(texts, executed.Command.CommandText, executed.Duration, executed.CommandId);
                break;
            case Microsoft.EntityFrameworkCore.Diagnostics.DataReaderDisposingEventData read:
                Interlocked.Add(ref _ticks, read.Duration.Ticks);
                if (ByText is { } all) lock (all) Add(all, read.Command.CommandText, read.Duration, read.CommandId);
                break;
        }
    }

    private void Add(Dictionary<string, List<double>> texts, string text, TimeSpan duration, Guid command)
    {
        // Execution and reading of one command are one entry.
        if (_texts.Remove(command, out var seen)) { texts[seen][^1] += duration.TotalMilliseconds; return; }
        _texts[command] = text;
        if (!texts.TryGetValue(text, out var list)) texts[text] = list = [];
        list.Add(duration.TotalMilliseconds);
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var s in _subscriptions) s.Dispose();
    }
}
