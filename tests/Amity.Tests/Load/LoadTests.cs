using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Load;

/// <summary>
/// Fifty clients on loopback for a bounded time (AMITY_LOAD_SECONDS, 15 by default), reading lists, records, search and
/// pages and writing creates and versioned updates, some deliberately stale. No answer may be a 5xx, every acknowledged
/// write must be in the database afterwards, and every 409 must be a real conflict.
/// </summary>
public class LoadTests(ITestOutputHelper output)
{
    private const int Clients = 50;

    private static TimeSpan Duration =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("AMITY_LOAD_SECONDS"), out var s) && s > 0 ? s : 15);

    [Theory, ClassData(typeof(Providers))]
    public async Task FiftyClientsReadingAndWritingGetNoServerErrorAndLoseNoWrite(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var organizations = (await server.GetAsync<JsonElement>("/api/v1/organizations?pageSize=100")).GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToArray();
        var people = (await server.GetAsync<JsonElement>("/api/v1/people?pageSize=100")).GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToArray();
        // Each client owns a person it updates, so any 409 it gets is one it provoked by sending a version it knew to be old.
        var owned = new int[Clients];
        for (var c = 0; c < Clients; c++) owned[c] = (await server.PostAsync<JsonElement>("/api/v1/people", new { name = $"Load client {c}" })).GetProperty("id").GetInt32();

        var created = new ConcurrentBag<(int Id, string Name)>();
        var lastUpdate = new ConcurrentDictionary<int, (string Notes, int Version)>();
        var failures = new ConcurrentQueue<string>();
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentDictionary<int, int>();
        var staleSent = 0;
        var staleRefused = 0;
        var clock = Stopwatch.StartNew();
        var end = clock.Elapsed + Duration;

        async Task<HttpResponseMessage> Timed(Func<Task<HttpResponseMessage>> send)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await send();
            await response.Content.LoadIntoBufferAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500)
                failures.Enqueue($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response;
        }

        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            var client = server.Client;
            for (var i = 0; clock.Elapsed < end; i++)
            {
                switch (random.Next(10))
                {
                    case 0: await Timed(() => client.GetAsync($"/api/v1/organizations?q={(char)('a' + random.Next(26))}")); break;
                    case 1: await Timed(() => client.GetAsync($"/api/v1/people/{people[random.Next(people.Length)]}")); break;
                    case 2: await Timed(() => client.GetAsync("/api/v1/search?q=Liaoning")); break;
                    case 3: await Timed(() => client.GetAsync(random.Next(3) switch { 0 => "/", 1 => "/partners", _ => "/engagements" })); break;
                    case 4: await Timed(() => client.GetAsync($"/partners/{organizations[random.Next(organizations.Length)]}")); break;
                    case 5 or 6:
                    {
                        var name = $"Load {c}-{i}";
                        var response = await Timed(() => client.PostAsJsonAsync("/api/v1/organizations", new { name, kind = "office" }, AmityServer.Json));
                        if (response.StatusCode == HttpStatusCode.Created)
                            created.Add(((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32(), name));
                        else failures.Enqueue($"create {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        break;
                    }
                    default:
                    {
                        var id = owned[c];
                        var current = JsonNode.Parse(await (await Timed(() => client.GetAsync($"/api/v1/people/{id}"))).Content.ReadAsStringAsync())!.AsObject();
                        var version = current["version"]!.GetValue<int>();
                        var stale = random.Next(4) == 0 && version > 0;
                        var notes = $"update {c}-{i}";
                        current["notes"] = notes;
                        if (stale) current["version"] = version - 1;
                        var response = await Timed(() => client.PutAsJsonAsync($"/api/v1/people/{id}", current, AmityServer.Json));
                        if (stale)
                        {
                            Interlocked.Increment(ref staleSent);
                            if (response.StatusCode == HttpStatusCode.Conflict) Interlocked.Increment(ref staleRefused);
                            else failures.Enqueue($"a stale update of person {id} (version {version - 1}, now {version}) answered {(int)response.StatusCode}");
                        }
                        else if (response.StatusCode == HttpStatusCode.OK)
                        {
                            var saved = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
                            lastUpdate[id] = (notes, saved);
                        }
                        else
                        {
                            // Only this client writes this person, so an up-to-date version can never be a conflict.
                            failures.Enqueue($"an up-to-date update of person {id} answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        }
                        break;
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(clients);
        var elapsed = clock.Elapsed;

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, first ones:\n" + string.Join("\n", failures.Take(10)));
        await using (var db = server.OpenDb())
        {
            var names = (await db.Organizations.Where(o => o.Name.StartsWith("Load ")).Select(o => new { o.Id, o.Name }).ToListAsync()).ToDictionary(o => o.Id, o => o.Name);
            Assert.Equal(created.Count, names.Count);
            foreach (var (id, name) in created) Assert.Equal(name, names[id]);
            var ownedPeople = await db.People.Where(p => owned.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
            foreach (var (id, (notes, version)) in lastUpdate)
            {
                Assert.Equal(notes, ownedPeople[id].Notes);
                Assert.Equal(version, ownedPeople[id].Version);
            }
        }
        Assert.True(staleSent > 0 && staleRefused == staleSent);

        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var figures = ($"load {provider}: {Clients} clients, {elapsed.TotalSeconds:F1} s, {sorted.Length} requests, {sorted.Length / elapsed.TotalSeconds:F0} req/s, " +
            $"p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms, max {sorted[^1]:F0} ms; " +
            $"{created.Count} creates, {lastUpdate.Count} clients' updates checked, {staleSent} stale updates refused with 409; statuses " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        output.WriteLine(figures);
        // Also on standard output, so that a run of the suite shows the figures docs/performance.md records.
        Console.WriteLine(figures);
    }
}
