using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Reports;

/// <summary>
/// The activity report, counted again only when the records have changed since it was last counted. Counting a national
/// archive takes seconds (a million engagements, each joined to its partners), while the figures move only when records do.
/// Every change made through Amity writes an audit entry, and the bulk loads (import, synth) raise the largest ids, so those
/// few numbers, each read from the end of a primary key, tell whether the figures can have changed. Requests that arrive
/// while a count runs wait for that count rather than starting their own. Each app instance keeps its own copy; on a shared
/// PostgreSQL they all read the same numbers, so none shows figures older than the database's.
/// </summary>
public sealed class ReportCache(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private (DataVersion Version, Task<ActivityReport> Report)? _current;

    /// <summary>What the report is counted from, as of now.</summary>
    private sealed record DataVersion(long? Audit, int? Organizations, int? Engagements, int? Agreements, int? Events);

    public async Task<ActivityReport> GetAsync(AmityDb db, CancellationToken ct)
    {
        var version = new DataVersion(
            await db.AuditTrail.MaxAsync(e => (long?)e.Id, ct), await db.Organizations.MaxAsync(o => (int?)o.Id, ct),
            await db.Engagements.MaxAsync(e => (int?)e.Id, ct), await db.Agreements.MaxAsync(a => (int?)a.Id, ct),
            await db.Events.MaxAsync(e => (int?)e.Id, ct));
        Task<ActivityReport> report;
        lock (_lock)
        {
            // A count that failed is not kept: the next request tries again.
            if (_current is not { } current || current.Version != version || current.Report.IsFaulted || current.Report.IsCanceled)
                _current = (version, Task.Run(CountAsync, CancellationToken.None));
            report = _current.Value.Report;
        }
        // A request that goes away stops waiting; the count goes on for the requests that stay or come next.
        return await report.WaitAsync(ct);
    }

    private async Task<ActivityReport> CountAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ActivityReport.LoadAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), CancellationToken.None);
    }
}
