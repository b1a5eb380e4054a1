using System.Linq.Expressions;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Events;

public sealed record EventSummary(int Id, string Name, EventKind Kind, string? Date, DateTime? StartsAt, DateTime? EndsAt, string? TimeZone, string? Place,
    EventStatus Status, string? Outcome, IReadOnlyList<(int OrganizationId, EventRole Role)> Organizations)
{
    public PartialDate? When => PartialDate.TryParse(Date, out var d) ? d : StartsAt is { } s ? PartialDate.Of(DateOnly.FromDateTime(s)) : null;

    /// <summary>Not yet over: its last possible day is today or later, and it is not cancelled.</summary>
    public bool IsUpcoming(DateOnly today) => Status != EventStatus.Cancelled && When is { } w && w.Last >= today;

    public static async Task<List<EventSummary>> QueryAsync(AmityDb db, Expression<Func<Event, bool>> which, CancellationToken ct)
    {
        var rows = await db.Events.AsNoTracking().Where(which)
            .Select(e => new { e.Id, e.Name, e.Kind, e.Date, e.StartsAt, e.EndsAt, e.TimeZone, e.Place, e.Status, e.Outcome,
                Organizations = e.Organizations.Select(o => new { o.OrganizationId, o.Role }).ToList() })
            .ToListAsync(ct);
        return [.. rows
            .Select(e => new EventSummary(e.Id, e.Name, e.Kind, e.Date, e.StartsAt, e.EndsAt, e.TimeZone, e.Place, e.Status, e.Outcome,
                [.. e.Organizations.Select(o => (o.OrganizationId, o.Role))]))
            .OrderBy(e => e.When ?? new PartialDate(9999)).ThenBy(e => e.Id)];
    }
}
