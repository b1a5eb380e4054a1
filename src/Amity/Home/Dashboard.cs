using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.Partners;
using Microsoft.EntityFrameworkCore;

namespace Amity.Home;

/// <summary>What the bureau needs to see first thing: what is coming, what waits for an answer, what is slipping, what to celebrate.</summary>
/// <remarks>
/// Each list shows its first few and says how many there are in all: a national archive holds thousands of relationships,
/// tens of thousands of pending invitations and hundreds of thousands of open commitments, and a page listing them all took
/// 45 s and 69 MB of HTML. Only the records shown are read in full.
/// </remarks>
public sealed record Dashboard(
    OrganizationTree Tree,
    Dashboard.Part<RelationshipView> Relationships,
    IReadOnlyList<EventSummary> UpcomingEvents,
    IReadOnlyList<EngagementSummary> UpcomingEngagements,
    Dashboard.Part<InvitationSummary> AwaitingAnswer,
    Dashboard.Part<CommitmentSummary> Overdue,
    Dashboard.Part<CommitmentSummary> Stalled,
    Dashboard.Part<(RelationshipView Relationship, Anniversaries.Anniversary Anniversary)> Anniversaries,
    IReadOnlyList<(int Id, string Title, DateOnly PublishedOn, int Views)> News,
    DateOnly Today)
{
    public const int Upcoming = 10;

    /// <summary>How many of each list the page shows.</summary>
    public const int Shown = 10;

    /// <summary>Lists that would cost a scan of a large table to count are counted up to this many.</summary>
    public const int CountedUpTo = 1000;

    /// <summary>The first items of a list and how many it has in all (or at least, when counting stopped at <see cref="CountedUpTo"/>).</summary>
    public sealed record Part<T>(IReadOnlyList<T> Items, int Total, bool AtLeast = false)
    {
        public int More => Total - Items.Count;

        /// <summary>The total as the page writes it: "1,000+" when counting stopped there.</summary>
        public string Count => Total.ToString("N0", System.Globalization.CultureInfo.CurrentCulture) + (AtLeast ? "+" : "");
    }

    public static async Task<Dashboard> LoadAsync(AmityDb db, DateOnly today, CancellationToken ct)
    {
        // The home government and its institutions; the parties of the relationships shown are added as they are read.
        var tree = await OrganizationTree.LoadAsync(db, [], ct);

        var relationshipIds = await db.Relationships.LongestStandingFirst().Select(r => r.Id).Take(Shown).ToListAsync(ct);
        var relationships = new Part<RelationshipView>(
            await RelationshipView.QueryAsync(db, r => EF.Parameter(relationshipIds).Contains(r.Id), tree, today, ct), await db.Relationships.CountAsync(ct));

        // Anniversaries from every live relationship's start alone; only the soonest are read in full.
        var live = await db.Relationships.Where(r => r.Status == RelationshipStatus.Active || r.Status == RelationshipStatus.Dormant)
            .Select(r => new { r.Id, r.Since }).ToListAsync(ct);
        var coming = live.SelectMany(r => Partners.Anniversaries.Within12Months(r.Since, today).Select(a => (r.Id, Anniversary: a)))
            .OrderBy(x => x.Anniversary.On).ThenBy(x => x.Id).ToList();
        List<int> celebrated = [.. coming.Take(Shown).Select(x => x.Id).Distinct()];
        var celebratedViews = (await RelationshipView.QueryAsync(db, r => EF.Parameter(celebrated).Contains(r.Id), tree, today, ct)).ToDictionary(r => r.Id);
        var anniversaries = new Part<(RelationshipView, Anniversaries.Anniversary)>(
            [.. coming.Take(Shown).Select(x => (celebratedViews[x.Id], x.Anniversary))], coming.Count);

        // Partial dates are stored as canonical text, so "not yet over" is a text comparison plus the year and month that contain today.
        var (day, year, month) = PartialDate.LowerBound(today);
        // Each as two reads on the date index, the days from today and the year and month containing it, rather than one OR that
        // SQLite answers by collecting and sorting every later record (a quarter of a second for the engagements at national scale).
        var upcomingEvents = db.Events.Where(e => e.Status != EventStatus.Cancelled && e.Date != null);
        var eventIds = Soonest(
            await upcomingEvents.Where(e => e.Date!.CompareTo(day) >= 0).OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new { e.Date, e.Id }).Take(Upcoming).ToListAsync(ct),
            await upcomingEvents.Where(e => e.Date == year || e.Date == month).Select(e => new { e.Date, e.Id }).ToListAsync(ct), e => e.Date!, e => e.Id);
        var events = await EventSummary.QueryAsync(db, e => EF.Parameter(eventIds).Contains(e.Id), ct);
        var engagementIds = Soonest(
            await db.Engagements.Where(e => e.Date.CompareTo(day) >= 0).OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new { e.Date, e.Id }).Take(Upcoming).ToListAsync(ct),
            await db.Engagements.Where(e => e.Date == year || e.Date == month).Select(e => new { e.Date, e.Id }).ToListAsync(ct), e => e.Date, e => e.Id);
        var engagements = (await EngagementSummary.QueryAsync(db, e => EF.Parameter(engagementIds).Contains(e.Id), ct)).AsEnumerable().Reverse().ToList();

        var pending = db.Invitations.Where(i => i.Answer == InvitationAnswer.Pending);
        var invitationIds = await pending.SoonestToAnswerFirst().Select(i => i.Id).Take(Shown).ToListAsync(ct);
        var invitations = new Part<InvitationSummary>(
            await InvitationSummary.QueryAsync(db, i => EF.Parameter(invitationIds).Contains(i.Id), ct), await pending.CountAsync(ct));

        // The longest overdue first (on the due date's index); stalled ones in the order they were recorded, which stops at the first
        // few found instead of judging every open commitment. Overdue ones are not listed again as stalled.
        var overdue = db.Set<Commitment>().Where(CommitmentHealth.Overdue(today)).OrderBy(c => c.Due).ThenBy(c => c.Id);
        var overdueIds = await overdue.Select(c => c.Id).Take(Shown).ToListAsync(ct);
        var stalled = db.Set<Commitment>().Where(CommitmentHealth.Stalled(today)).Where(CommitmentHealth.NotPastDue(today)).OrderBy(c => c.Id);
        var stalledIds = await stalled.Select(c => c.Id).Take(Shown).ToListAsync(ct);
        List<int> commitmentIds = [.. overdueIds, .. stalledIds];
        var commitments = (await CommitmentSummary.QueryAsync(db, c => EF.Parameter(commitmentIds).Contains(c.Id), today, ct)).ToDictionary(c => c.Id);

        var news = (await db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id).Take(5)
                .Select(a => new { a.Id, a.Title, a.PublishedOn, a.ViewCount }).ToListAsync(ct))
            .Select(a => (a.Id, a.Title, a.PublishedOn, a.ViewCount)).ToList();
        return new Dashboard(tree, relationships, events, engagements, invitations,
            await PartAsync([.. overdueIds.Select(id => commitments[id])], overdue, ct),
            await PartAsync([.. stalledIds.Select(id => commitments[id])], stalled, ct),
            anniversaries, news, today);
    }

    /// <summary>
    /// Counts a list up to <see cref="CountedUpTo"/>: at national scale there are hundreds of thousands, and an exact figure costs a
    /// scan. Counted in the list's own order, which its index serves, so the count stops where the limit does.
    /// </summary>
    private static async Task<Part<T>> PartAsync<T, TRecord>(IReadOnlyList<T> items, IOrderedQueryable<TRecord> all, CancellationToken ct)
    {
        var count = await all.Take(CountedUpTo + 1).CountAsync(ct);
        return count > CountedUpTo ? new(items, CountedUpTo, AtLeast: true) : new(items, count);
    }

    /// <summary>The ids of the soonest <see cref="Upcoming"/> of two reads, in date order (partial dates sort as their text does).</summary>
    private static List<int> Soonest<T>(IEnumerable<T> fromToday, IEnumerable<T> yearAndMonth, Func<T, string> date, Func<T, int> id) =>
        [.. fromToday.Concat(yearAndMonth).OrderBy(date, StringComparer.Ordinal).ThenBy(id).Take(Upcoming).Select(id)];
}
