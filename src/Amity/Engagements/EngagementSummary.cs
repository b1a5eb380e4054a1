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
        var matching = db.Engagements.AsNoTracking().Where(which);
        var rows = await matching
            .Select(e => new EngagementSummary(e.Id, e.Kind, e.Title, e.Date, e.StartsAt, e.TimeZone, e.Place, e.HostOrganizationId, e.Summary, e.NextSteps, Array.Empty<ParticipantSummary>()))
            .ToListAsync(ct);
        // The participants with their names in a second, plain join: as a nested collection, SQLite joined a subquery of every
        // participant and person (seconds at 200,000 engagements) before picking out these engagements'.
        var participants = (await db.Set<Participant>().AsNoTracking().Where(p => matching.Select(e => e.Id).Contains(p.EngagementId))
                .Select(p => new { p.EngagementId, Summary = new ParticipantSummary(p.PersonId, p.Person!.Name, p.Person.NativeName, p.Role, p.Title, p.OrganizationId) })
                .ToListAsync(ct))
            .ToLookup(p => p.EngagementId, p => p.Summary);
        // Roles are stored by name, so hosts-then-guests is ordered here rather than in SQL.
        return [.. rows
            .Select(e => e with { Participants = [.. participants[e.Id].OrderBy(p => p.Role).ThenBy(p => p.PersonId)] })
            .OrderByDescending(e => PartialDate.TryParse(e.Date, out var d) ? d : default).ThenByDescending(e => e.Id)];
    }

    public MeetingNumbers.Meeting AsMeeting() => new(Id, Date, [.. Participants.Select(p => p.PersonId)]);
}

public sealed record ParticipantSummary(int PersonId, string Name, string? NativeName, ParticipantRole Role, string? Title, int? OrganizationId);

public static class MeetingNumbersQuery
{
    /// <summary>
    /// Numbers the meetings of every pair of participants at the given engagements. Each number counts, in SQL, the pair's
    /// meetings up to that one (earlier date text, which sorts as partial dates do, then lower id), so only the engagements
    /// shown are read, however many the two have had.
    /// </summary>
    public static async Task<MeetingNumbers> ForAsync(AmityDb db, IEnumerable<int> engagementIds, CancellationToken ct)
    {
        List<int> ids = [.. engagementIds.Distinct()];
        if (ids.Count == 0) return MeetingNumbers.Count([]);
        var participants = db.Set<Participant>();
        var rows = await (
                from a in participants
                where EF.Parameter(ids).Contains(a.EngagementId)
                join e in db.Engagements on a.EngagementId equals e.Id
                from b in participants
                where b.EngagementId == a.EngagementId && a.PersonId < b.PersonId
                select new
                {
                    a.EngagementId, A = a.PersonId, B = b.PersonId,
                    Number = (from x in participants
                              where x.PersonId == a.PersonId && participants.Any(y => y.EngagementId == x.EngagementId && y.PersonId == b.PersonId)
                              join xe in db.Engagements on x.EngagementId equals xe.Id
                              where string.Compare(xe.Date, e.Date) < 0 || (xe.Date == e.Date && xe.Id <= e.Id)
                              select x.EngagementId).Count(),
                })
            .ToListAsync(ct);
        return MeetingNumbers.Of(rows.Select(r => (r.EngagementId, r.A, r.B, r.Number)));
    }
}
