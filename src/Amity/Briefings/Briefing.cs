using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Briefings;

/// <summary>
/// One page to read before meeting a counterpart: who they are, the relationship and its history, previous meetings and what
/// came of them, commitments and their state, open invitations, and talking points drawn from what is open and what is coming.
/// The same shape serves a person, an organization and an upcoming engagement.
/// </summary>
public sealed record Briefing(
    string Subject,
    string? NativeName,
    string About,
    OrganizationTree Tree,
    IReadOnlyList<Briefing.Who> People,
    IReadOnlyList<RelationshipView> Relationships,
    IReadOnlyList<EngagementSummary> PreviousMeetings,
    MeetingNumbers Meetings,
    IReadOnlyList<AgreementSummary> Agreements,
    IReadOnlyList<InvitationSummary> OpenInvitations,
    IReadOnlyList<EventSummary> UpcomingEvents,
    IReadOnlyList<Briefing.TalkingPoint> TalkingPoints,
    DateOnly Today)
{
    public sealed record Who(int PersonId, string Name, string? NativeName, IReadOnlyList<Position> Posts);

    /// <summary>A point to raise: an English format (the key the interface text translates) and its arguments.</summary>
    public sealed record TalkingPoint(string Format, object[] Args, string? Href = null);

    /// <summary>Enough to fit one printed page with the rest.</summary>
    public const int MaxTalkingPoints = 8;

    /// <summary>How many previous meetings the briefing tells, newest first.</summary>
    public const int PreviousMeetingsShown = 6;

    /// <summary>How many of a previous meeting's pairs of people the briefing numbers ("3rd meeting of A and B").</summary>
    public const int PairsShown = 2;

    public static async Task<Briefing?> ForPersonAsync(AmityDb db, int id, DateOnly today, CancellationToken ct)
    {
        var profile = await PersonProfile.LoadAsync(db, id, today, ct);
        if (profile is null) return null;
        var organizations = profile.CurrentOrganizations.ToList();
        var families = organizations.SelectMany(profile.Tree.Family).Distinct().ToList();
        var ties = db.Set<RelationshipParty>().Where(p => EF.Parameter(organizations).Contains(p.OrganizationId)).Select(p => p.RelationshipId);
        var relationships = await RelationshipView.QueryAsync(db, r => ties.Contains(r.Id), profile.Tree, today, ct);
        // Their own signatures, and what their organizations are bound to: both are theirs to answer for.
        var signed = db.Set<Signatory>().Where(s => s.PersonId == id).Select(s => s.AgreementId);
        var bound = db.Set<AgreementParty>().Where(p => EF.Parameter(organizations).Contains(p.OrganizationId)).Select(p => p.AgreementId);
        // One IN (… UNION …): "IN … OR IN …" made PostgreSQL read every agreement (1.2 s at N=5).
        var theirs = signed.Union(bound);
        var agreements = await AgreementSummary.QueryAsync(db, a => theirs.Contains(a.Id), today, ct);
        var invitations = await PartnerProfile.PendingInvitationsAsync(db, [id], organizations, ct);
        var events = await UpcomingEventsAsync(db, families, invitations, today, ct);
        var posts = new Who(profile.Person.Id, profile.Person.Name, profile.Person.NativeName, profile.Positions);
        var previous = profile.Engagements.Where(e => IsPast(e.Date, today)).ToList();
        return new Briefing(profile.Person.Name, profile.Person.NativeName, "person", profile.Tree, [posts], relationships, previous, profile.Meetings,
            agreements, invitations, events, Points(agreements, invitations, events, relationships, today), today);
    }

    public static async Task<Briefing?> ForPartnerAsync(AmityDb db, int id, DateOnly today, CancellationToken ct)
    {
        var profile = await PartnerProfile.LoadAsync(db, id, today, ct);
        if (profile is null) return null;
        var people = await PeopleAsync(db, [.. profile.People.Select(p => p.PersonId).Distinct()], ct);
        await profile.Tree.AddAsync(db, people.SelectMany(p => p.Posts).Select(p => p.OrganizationId), ct);
        var invitations = profile.PendingInvitations.ToList();
        var events = profile.UpcomingEvents.ToList();
        var previous = profile.Engagements.Where(e => IsPast(e.Date, today)).ToList();
        return new Briefing(profile.Organization.Name, null, "organization", profile.Tree, people, profile.Relationships, previous, profile.Meetings,
            profile.Agreements, invitations, events, Points(profile.Agreements, invitations, events, profile.Relationships, today), today);
    }

    public static async Task<Briefing?> ForEngagementAsync(AmityDb db, int id, DateOnly today, CancellationToken ct)
    {
        var profile = await EngagementProfile.LoadAsync(db, id, today, ct);
        if (profile is null) return null;
        var e = profile.Engagement;
        var personIds = e.Participants.Select(p => p.PersonId).Distinct().ToList();
        var organizations = e.Participants.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value)
            .Append(e.HostOrganizationId ?? 0).Where(o => o != 0).Distinct().ToList();
        var families = organizations.SelectMany(profile.Tree.Family).Distinct().ToList();
        var people = await PeopleAsync(db, personIds, ct);
        await profile.Tree.AddAsync(db, people.SelectMany(p => p.Posts).Select(p => p.OrganizationId), ct);
        // What binds at least two of the sides, each found by grouping the link rows once rather than counting them per record.
        var ties = db.Set<RelationshipParty>().Where(p => EF.Parameter(organizations).Contains(p.OrganizationId))
            .GroupBy(p => p.RelationshipId).Where(g => g.Count() >= 2).Select(g => g.Key);
        var relationships = await RelationshipView.QueryAsync(db, r => ties.Contains(r.Id), profile.Tree, today, ct);
        var before = PartialDate.TryParse(e.Date, out var date) ? date.First : today;
        var together = db.Set<Participant>().Where(p => EF.Parameter(personIds).Contains(p.PersonId))
            .GroupBy(p => p.EngagementId).Where(g => g.Count() >= 2).Select(g => g.Key);
        // Only the latest meetings before this one are shown, so only they are read: the dates' text sorts as partial dates
        // do, and a date wholly before this one sorts before its text, so the SQL bound keeps every one the exact test below
        // keeps. The margin covers dates that straddle this one ("2024-05" for 10 May 2024), which the exact test drops.
        var beforeText = before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var latest = await db.Engagements.Where(x => x.Id != id && together.Contains(x.Id) && string.Compare(x.Date, beforeText) < 0)
            .OrderByDescending(x => x.Date).Select(x => x.Id).Take(PreviousMeetingsShown * 4).ToListAsync(ct);
        var previous = (await EngagementSummary.QueryAsync(db, x => EF.Parameter(latest).Contains(x.Id), ct))
            .Where(x => PartialDate.TryParse(x.Date, out var d) && d.Last < before).ToList();
        var meetings = await MeetingNumbersQuery.ForFirstPairsAsync(db, previous.Take(PreviousMeetingsShown), PairsShown, ct);
        var boundTogether = db.Set<AgreementParty>().Where(p => EF.Parameter(families).Contains(p.OrganizationId))
            .GroupBy(p => p.AgreementId).Where(g => g.Count() >= 2).Select(g => g.Key);
        var signedTogether = db.Set<Signatory>().Where(s => EF.Parameter(personIds).Contains(s.PersonId))
            .GroupBy(s => s.AgreementId).Where(g => g.Count() >= 2).Select(g => g.Key);
        var binding = boundTogether.Union(signedTogether);
        var agreements = await AgreementSummary.QueryAsync(db, a => binding.Contains(a.Id), today, ct);
        var invitations = await PartnerProfile.PendingInvitationsAsync(db, personIds, organizations, ct);
        var events = await UpcomingEventsAsync(db, families, invitations, today, ct);
        return new Briefing(e.Title ?? Shared.Show.Words(e.Kind), null, "engagement", profile.Tree, people, relationships, previous, meetings,
            agreements, invitations, events, Points(agreements, invitations, events, relationships, today), today);
    }

    private static bool IsPast(string date, DateOnly today) => PartialDate.TryParse(date, out var d) && d.First <= today;

    private static async Task<List<Who>> PeopleAsync(AmityDb db, List<int> ids, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Include(p => p.Positions).Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(ct);
        return [.. people.OrderBy(p => ids.IndexOf(p.Id)).Select(p => new Who(p.Id, p.Name, p.NativeName, [.. PeopleApi.Chronological(p.Positions)]))];
    }

    private static async Task<List<EventSummary>> UpcomingEventsAsync(AmityDb db, List<int> organizations, List<InvitationSummary> invitations, DateOnly today, CancellationToken ct)
    {
        var invited = invitations.Where(i => i.EventId is not null).Select(i => i.EventId!.Value).ToList();
        var organizing = db.Set<EventOrganization>().Where(o => EF.Parameter(organizations).Contains(o.OrganizationId)).Select(o => o.EventId)
            .Union(db.Events.Where(e => EF.Parameter(invited).Contains(e.Id)).Select(e => e.Id));
        return [.. (await EventSummary.QueryAsync(db, e => organizing.Contains(e.Id), ct))
            .Where(e => e.IsUpcoming(today))];
    }

    /// <summary>What to raise, most pressing first: overdue, then stalled commitments, invitations to answer, events coming, round anniversaries near.</summary>
    public static List<TalkingPoint> Points(IEnumerable<AgreementSummary> agreements, IEnumerable<InvitationSummary> invitations,
        IEnumerable<EventSummary> events, IEnumerable<RelationshipView> relationships, DateOnly today)
    {
        var commitments = agreements.SelectMany(a => a.Commitments).Where(c => c.IsOpen).DistinctBy(c => c.Id).ToList();
        var points = new List<TalkingPoint>();
        points.AddRange(commitments.Where(c => c.Overdue).Select(c =>
            new TalkingPoint("Overdue since {1}: “{0}” ({2}). Ask where it stands.", [c.Text, Shared.Show.Date(c.Due), c.AgreementTitle], $"/agreements/{c.AgreementId}")));
        points.AddRange(events.Select(e =>
            new TalkingPoint("Coming: {0}, {1}. Confirm who attends.", [e.Name, e.When is { } w ? Shared.Show.Date(w) : ""], $"/events/{e.Id}")));
        points.AddRange(invitations.Select(i =>
            new TalkingPoint("Answer the invitation from {1} to {0}.", [i.What, i.From], $"/invitations/{i.Id}/edit")));
        points.AddRange(commitments.Where(c => c.Stalled && !c.Overdue).Select(c =>
            new TalkingPoint("No progress noted on “{0}” ({1}). Agree a next step.", [c.Text, c.AgreementTitle], $"/agreements/{c.AgreementId}")));
        points.AddRange(relationships.Where(r => r.NextRound is { } n && n.On.First <= today.AddYears(2)).Select(r =>
            new TalkingPoint("The {0} anniversary of the {1} relationship falls in {2}: propose how to mark it.",
                [Shared.Show.Ordinal(r.NextRound!.Years), Shared.Show.Words(r.Kind), Shared.Show.Date(r.NextRound.On)])));
        points.AddRange(commitments.Where(c => !c.Stalled && !c.Overdue).Select(c =>
            new TalkingPoint("Follow up: “{0}” ({1}).", [c.Text, c.AgreementTitle], $"/agreements/{c.AgreementId}")));
        return [.. points.Take(MaxTalkingPoints)];
    }
}
