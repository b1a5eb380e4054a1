using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.Partners;
using Microsoft.EntityFrameworkCore;

namespace Amity.Home;

/// <summary>What the bureau needs to see first thing: what is coming, what waits for an answer, what is slipping, what to celebrate.</summary>
public sealed record Dashboard(
    OrganizationTree Tree,
    IReadOnlyList<RelationshipView> Relationships,
    IReadOnlyList<EventSummary> UpcomingEvents,
    IReadOnlyList<EngagementSummary> UpcomingEngagements,
    IReadOnlyList<InvitationSummary> AwaitingAnswer,
    IReadOnlyList<CommitmentSummary> Overdue,
    IReadOnlyList<CommitmentSummary> Stalled,
    IReadOnlyList<(RelationshipView Relationship, Anniversaries.Anniversary Anniversary)> Anniversaries,
    IReadOnlyList<(int Id, string Title, DateOnly PublishedOn, int Views)> News,
    DateOnly Today)
{
    public const int Upcoming = 10;

    public static async Task<Dashboard> LoadAsync(AmityDb db, DateOnly today, CancellationToken ct)
    {
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var relationships = await RelationshipView.QueryAsync(db, r => true, tree, today, ct);
        var (day, year, month) = PartialDate.LowerBound(today);

        // Partial dates are stored as canonical text, so "not yet over" is a text comparison plus the year and month that contain today.
        var events = (await EventSummary.QueryAsync(db,
                e => e.Status != EventStatus.Cancelled && e.Date != null && (e.Date.CompareTo(day) >= 0 || e.Date == year || e.Date == month), ct))
            .Take(Upcoming).ToList();
        var engagements = (await EngagementSummary.QueryAsync(db, e => e.Date.CompareTo(day) >= 0 || e.Date == year || e.Date == month, ct))
            .AsEnumerable().Reverse().Take(Upcoming).ToList();
        var invitations = await InvitationSummary.QueryAsync(db, i => i.Answer == InvitationAnswer.Pending, ct);
        var open = (await AgreementSummary.QueryAsync(db,
                a => a.Commitments.Any(c => c.Status != CommitmentStatus.Done && c.Status != CommitmentStatus.Dropped), today, ct))
            .SelectMany(a => a.Commitments).ToList();
        var anniversaries = relationships
            .Where(r => r.Status is RelationshipStatus.Active or RelationshipStatus.Dormant)
            .SelectMany(r => Partners.Anniversaries.Within12Months(r.Since, today).Select(a => (r, a)))
            .OrderBy(x => x.a.On).ToList();
        var news = (await db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id).Take(5)
                .Select(a => new { a.Id, a.Title, a.PublishedOn, a.ViewCount }).ToListAsync(ct))
            .Select(a => (a.Id, a.Title, a.PublishedOn, a.ViewCount)).ToList();
        return new Dashboard(tree, relationships, events, engagements, invitations,
            [.. open.Where(c => c.Overdue)], [.. open.Where(c => c.Stalled && !c.Overdue)], anniversaries, news, today);
    }
}
