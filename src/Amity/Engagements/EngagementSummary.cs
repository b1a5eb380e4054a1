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

    /// <summary>Every two of its participants, in the order they are listed (hosts first), as pages name their meetings.</summary>
    public IEnumerable<(ParticipantSummary A, ParticipantSummary B)> Pairs =>
        Participants.SelectMany((a, i) => Participants.Skip(i + 1).Where(b => b.PersonId != a.PersonId).Select(b => (a, b)));

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
    public static Task<MeetingNumbers> ForAsync(AmityDb db, IEnumerable<int> engagementIds, CancellationToken ct) =>
        CountAsync(db, [.. engagementIds.Distinct()], null, ct);

    /// <summary>
    /// Numbers only the first pairs of each engagement (<see cref="EngagementSummary.Pairs"/>), as many as timelines and
    /// briefings name: an engagement of eight people has 28 pairs, and each costs a count over the meetings of one of them.
    /// </summary>
    public static Task<MeetingNumbers> ForFirstPairsAsync(AmityDb db, IEnumerable<EngagementSummary> engagements, int perEngagement, CancellationToken ct)
    {
        var pairs = engagements.SelectMany(e => e.Pairs.Take(perEngagement).Select(p => (e.Id, Key: Key(p.A.PersonId, p.B.PersonId)))).ToList();
        return CountAsync(db, [.. pairs.Select(p => p.Id).Distinct()], [.. pairs.Select(p => p.Key).Distinct()], ct);
    }

    // A pair of people as one number, the lower id first, so that a list of pairs goes into SQL as one array parameter.
    private static long Key(int a, int b) => (long)Math.Min(a, b) * PairBase + Math.Max(a, b);
    private const long PairBase = 1L << 32;

    private static async Task<MeetingNumbers> CountAsync(AmityDb db, List<int> ids, List<long>? pairs, CancellationToken ct)
    {
        if (ids.Count == 0) return MeetingNumbers.Count([]);
        var participants = db.Set<Participant>();
        var atShown =
            from a in participants
            where EF.Parameter(ids).Contains(a.EngagementId)
            join e in db.Engagements on a.EngagementId equals e.Id
            from b in participants
            where b.EngagementId == a.EngagementId && a.PersonId < b.PersonId
            select new { a.EngagementId, A = a.PersonId, B = b.PersonId, e.Date };
        if (pairs is not null) atShown = atShown.Where(x => EF.Parameter(pairs).Contains(x.A * PairBase + x.B));
        var rows = await atShown
            .Select(x => new
            {
                x.EngagementId, x.A, x.B,
                // Their shared engagements by a join of the two people's participant rows (both on covering indexes) before any
                // engagement is read for its date: as an EXISTS, SQLite read the engagement row of each of the first person's
                // meetings first, twice the time for the busiest partner.
                Number = (from p in participants
                          where p.PersonId == x.A
                          join q in participants on p.EngagementId equals q.EngagementId
                          where q.PersonId == x.B
                          join pe in db.Engagements on p.EngagementId equals pe.Id
                          where string.Compare(pe.Date, x.Date) < 0 || (pe.Date == x.Date && pe.Id <= x.EngagementId)
                          select p.EngagementId).Count(),
            })
            .ToListAsync(ct);
        return MeetingNumbers.Of(rows.Select(r => (r.EngagementId, r.A, r.B, r.Number)));
    }
}
