using System.Diagnostics;

namespace Amity.Tests.Home;

public class PageSpeedTests
{
    private static readonly string[] MainPages =
    [
        "/", "/partners", "/partners/2", "/people", "/people/2", "/engagements", "/engagements/3", "/agreements", "/agreements/1",
        "/invitations", "/events", "/events/2", "/news", "/news/1", "/calendar?month=2024-04", "/calendar.ics", "/briefings/people/2",
        "/briefings/partners/2", "/briefings/engagements/3", "/reports", "/search?q=liaoning",
    ];

    /// <summary>The median of several requests, after one to warm up, so that a busy test machine's odd slow answer does not decide it.</summary>
    [Fact]
    public async Task EveryMainPageAnswersInUnder100MillisecondsOnTheDemoData()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var slow = new List<string>();
        foreach (var page in MainPages)
        {
            (await server.Client.GetAsync(page)).EnsureSuccessStatusCode();
            var times = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await server.Client.GetAsync(page);
                await response.Content.ReadAsByteArrayAsync();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var median = times.Order().ElementAt(times.Count / 2);
            if (median >= 100) slow.Add($"{page}: {median:F0} ms");
        }
        Assert.True(slow.Count == 0, "Slow pages: " + string.Join(", ", slow));
    }
}
