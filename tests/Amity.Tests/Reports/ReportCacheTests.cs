using Amity.Data;
using Amity.Engagements;
using Amity.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amity.Tests.Reports;

/// <summary>
/// The report is kept between requests and counted again whenever records change: through Amity (an audit entry) or by a bulk
/// load that writes no audit entry (new ids).
/// </summary>
public class ReportCacheTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheReportIsKeptUntilARecordChangesAndThenCountedAgain(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var cache = server.Services.GetRequiredService<ReportCache>();
        async Task<ActivityReport> Report()
        {
            await using var db = server.OpenDb();
            return await cache.GetAsync(db, ct);
        }
        async Task<string> PerYear() => Html.Text(Html.Section(await server.Client.GetStringAsync("/reports", ct), "per-year"));

        Assert.Contains("2024 3 3 6", await PerYear());
        var first = await Report();
        Assert.Same(first, await Report());

        // An edit that adds no record: the engagement of 2023 moves to 2024.
        await using (var db = server.OpenDb())
        {
            var engagement = await db.Engagements.SingleAsync(e => e.Date.StartsWith("2023"), ct);
            engagement.Date = "2024-02-01";
            await db.SaveChangesAsync(ct);
        }
        var moved = await PerYear();
        Assert.Contains("2024 4 3 6", moved);
        Assert.DoesNotContain("2023", moved);
        Assert.NotSame(first, await Report());

        // A bulk load writes no audit entry; its new ids show the change.
        await using (var db = server.OpenDb())
        {
            await db.Database.OpenConnectionAsync(ct);
            var writer = new BulkWriter(db);
            writer.Add(new Engagement { Id = await db.Engagements.MaxAsync(e => e.Id, ct) + 1, Date = "2019-07-15", Kind = EngagementKind.Meeting });
            await writer.FlushAsync(ct);
        }
        Assert.Contains("2019 1 0 0", await PerYear());
    }
}
