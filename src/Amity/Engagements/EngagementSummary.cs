using System.Linq.Expressions;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Engagements;

/// <summary>An engagement with its participants' names, as timelines, person pages and briefings list them.</summary>
public sealed record EngagementSummary(int Id, EngagementKind Kind, string? Title, string Date, DateTime? StartsAt, string? TimeZone, string? Place,
    int? HostOrganizationId, string? Summary, string? NextSteps, IReadOnlyList<ParticipantSummary> Participants)
{
    public static async Task<List<EngagementSummary>> QueryAsync(AmityDb db, Expression<Func<Engagement, bool>> which, CancellationToken ct)
    {
        var rows = await db.Engagements.AsNoTracking().Where(which)
            .Select(e => new EngagementSummary(e.Id, e.Kind, e.Title, e.Date, e.StartsAt, e.TimeZone, e.Place, e.HostOrganizationId, e.Summary, e.NextSteps,
                e.Participants.Select(p => new ParticipantSummary(p.PersonId, p.Person!.Name, p.Person.NativeName, p.Role, p.Title, p.OrganizationId)).ToList()))
            .ToListAsync(ct);
        // Roles are stored by name, so hosts-then-guests is ordered here rather than in SQL.
        return [.. rows
            .Select(e => e with { Participants = [.. e.Participants.OrderBy(p => p.Role).ThenBy(p => p.PersonId)] })
            .OrderByDescending(e => PartialDate.TryParse(e.Date, out var d) ? d : default).ThenByDescending(e => e.Id)];
    }

    public MeetingNumbers.Meeting AsMeeting() => new(Id, Date, [.. Participants.Select(p => p.PersonId)]);
}

public sealed record ParticipantSummary(int PersonId, string Name, string? NativeName, ParticipantRole Role, string? Title, int? OrganizationId);

public static class MeetingNumbersQuery
{
    /// <summary>
    /// Numbers every meeting of the given people with anyone: all the engagements they took part in are read (ids, dates and
    /// participants only), since a pair's earlier meetings may lie outside the page's own selection.
    /// </summary>
    public static async Task<MeetingNumbers> LoadAsync(AmityDb db, IReadOnlyCollection<int> personIds, CancellationToken ct)
    {
        if (personIds.Count == 0) return MeetingNumbers.Count([]);
        var ids = personIds.Distinct().ToList();
        var meetings = await db.Engagements.AsNoTracking()
            .Where(e => e.Participants.Any(p => ids.Contains(p.PersonId)))
            .Select(e => new { e.Id, e.Date, People = e.Participants.Select(p => p.PersonId).ToList() })
            .ToListAsync(ct);
        return MeetingNumbers.Count(meetings.Select(m => new MeetingNumbers.Meeting(m.Id, m.Date, m.People)));
    }
}
