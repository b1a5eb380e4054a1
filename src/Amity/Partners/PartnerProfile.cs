using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;

namespace Amity.Partners;

/// <summary>
/// Everything a partner's page and briefing show about one organization and the institutions below it: its ties, its people
/// in their current posts, the engagements, agreements, events and news that involve it, and what is still open.
/// </summary>
public sealed record PartnerProfile(
    Organization Organization,
    OrganizationTree Tree,
    IReadOnlyList<RelationshipView> Relationships,
    IReadOnlyList<PostHolder> People,
    IReadOnlyList<EngagementSummary> Engagements,
    int EngagementCount,
    MeetingNumbers Meetings,
    IReadOnlyList<AgreementSummary> Agreements,
    IReadOnlyList<EventSummary> Events,
    IReadOnlyList<InvitationSummary> Invitations,
    IReadOnlyList<(int Id, string Title, DateOnly PublishedOn)> News,
    IReadOnlyList<TimelineItem> Timeline,
    DateOnly Today)
{
    public IEnumerable<InvitationSummary> PendingInvitations => Invitations.Where(i => i.Answer == InvitationAnswer.Pending);
    public IEnumerable<EventSummary> UpcomingEvents => Events.Where(e => e.IsUpcoming(Today));
    public IEnumerable<EngagementSummary> UpcomingEngagements =>
        Engagements.Where(e => PartialDate.TryParse(e.Date, out var d) && d.Last >= Today).Reverse();

    /// <summary>How many engagements and news items the page lists, newest first; the rest are one link away, in the filtered lists.</summary>
    public const int Latest = 20;

    /// <summary>A timeline entry numbers its people's meetings ("2nd meeting of A and B") when it has at most this many pairs.</summary>
    public const int TimelinePairs = 3;

    public static async Task<PartnerProfile?> LoadAsync(AmityDb db, int id, DateOnly today, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null) return null;
        // Lists of ids go into SQL as one array parameter (EF.Parameter): expanded into a parameter each, EF Core cannot cache
        // the command and rebuilds its SQL on every execution, which cost more CPU than the queries themselves.
        var tree = await OrganizationTree.LoadAsync(db, [id], ct);
        var family = tree.Family(id);

        var relationships = await RelationshipView.QueryAsync(db,
            r => db.Set<RelationshipParty>().Where(p => p.OrganizationId == id).Select(p => p.RelationshipId).Contains(r.Id), tree, today, ct);

        var people = await PostHolder.QueryAsync(db, family, today, ct);

        // The engagements it hosted or its people attended, as uncorrelated subqueries rather than an EXISTS per engagement.
        // The page lists the latest and those still to come; meeting numbers are counted in SQL for just those.
        // Hosted and attended as one IN (… UNION …), each side on its index ("host IN … OR id IN …" made PostgreSQL scan every engagement).
        var attended = db.Set<Amity.Engagements.Participant>().Where(p => p.OrganizationId != null && EF.Parameter(family).Contains(p.OrganizationId.Value)).Select(p => p.EngagementId);
        var ids = db.Engagements.Where(e => e.HostOrganizationId != null && EF.Parameter(family).Contains(e.HostOrganizationId.Value)).Select(e => e.Id).Union(attended);
        // Their ids and dates are read once (a few thousand at most for the busiest partner) and counted, sorted and sifted here:
        // three queries over the same union (count, latest, still to come) cost more, and PostgreSQL walked the date index
        // for the latest.
        var involved = await db.Engagements.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Date }).ToListAsync(ct);
        var engagementCount = involved.Count;
        var latest = involved.OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenByDescending(e => e.Id).Take(Latest).Select(e => e.Id).ToList();
        // A date whose text sorts before this year's ended before today; later ones are sifted by their last day.
        var thisYear = today.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var coming = involved.Where(e => string.CompareOrdinal(e.Date, thisYear) >= 0).Select(e => e.Id);
        List<int> shown = [.. latest.Union(coming)];
        var engagements = await EngagementSummary.QueryAsync(db, e => EF.Parameter(shown).Contains(e.Id), ct);
        // Numbered only as far as the timeline and the partner's briefing name them (the briefing names fewer).
        var meetings = await MeetingNumbersQuery.ForFirstPairsAsync(db, engagements, TimelinePairs, ct);

        // An agreement belongs to the partner when it or one of its institutions is a party, or when it was signed at an
        // engagement the partner took part in: the agreements its party secretary witnessed count on the province's page.
        // Both as one IN (… UNION …): "id IN … OR engagement IN …" made PostgreSQL read every agreement.
        List<int> involvedIds = [.. involved.Select(e => e.Id)];
        var witnessed = db.Agreements.Where(a => a.EngagementId != null && EF.Parameter(involvedIds).Contains(a.EngagementId.Value)).Select(a => a.Id);
        var parties = db.Set<AgreementParty>().Where(p => EF.Parameter(family).Contains(p.OrganizationId)).Select(p => p.AgreementId).Union(witnessed);
        // The ids once, so that the summary's split queries (parties, signatories, commitments) do not each search again.
        var agreementIds = await db.Agreements.Where(a => parties.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        var agreements = await AgreementSummary.QueryAsync(db, a => EF.Parameter(agreementIds).Contains(a.Id), today, ct);

        var invitations = await PendingInvitationsAsync(db, [], family, ct);
        var invitedEvents = invitations.Where(i => i.EventId is not null).Select(i => i.EventId!.Value).ToList();

        var organizing = db.Set<EventOrganization>().Where(o => EF.Parameter(family).Contains(o.OrganizationId)).Select(o => o.EventId)
            .Union(db.Events.Where(e => EF.Parameter(invitedEvents).Contains(e.Id)).Select(e => e.Id));
        var events = await EventSummary.QueryAsync(db, e => organizing.Contains(e.Id), ct);

        var reported = db.Set<Amity.News.ArticleLink>().Where(l => l.OrganizationId != null && EF.Parameter(family).Contains(l.OrganizationId.Value)).Select(l => l.ArticleId);
        var news = (await db.Articles.AsNoTracking()
                .Where(a => reported.Contains(a.Id))
                .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id).Take(Latest)
                .Select(a => new { a.Id, a.Title, a.PublishedOn }).ToListAsync(ct))
            .Select(a => (a.Id, a.Title, a.PublishedOn)).ToList();

        await tree.AddAsync(db, agreements.SelectMany(a => a.Parties).Select(p => (int?)p), ct);

        var timeline = TimelineItem.Newest(
            engagements.Where(e => latest.Contains(e.Id)).Select(e => new TimelineItem(e.Date, "engagement", e.Title ?? Show.Words(e.Kind), $"/engagements/{e.Id}", e.Place))
            .Concat(agreements.Select(a => new TimelineItem(a.SignedOn, "agreement", a.Title, $"/agreements/{a.Id}")))
            .Concat(events.Select(e => new TimelineItem(e.When?.ToString(), "event", e.Name, $"/events/{e.Id}", e.Place)))
            .Concat(relationships.Select(r => new TimelineItem(r.Since, "relationship", r.Describe(id), $"/relationships/{r.Id}/edit")))
            .Concat(news.Select(n => new TimelineItem(PartialDate.Of(n.PublishedOn).ToString(), "news", n.Title, $"/news/{n.Id}"))));

        return new PartnerProfile(organization, tree, relationships, people, engagements, engagementCount, meetings, agreements, events, invitations, news, timeline, today);
    }

    /// <summary>The invitations still waiting for an answer from or to these people or organizations, the most urgent first.</summary>
    public static async Task<List<InvitationSummary>> PendingInvitationsAsync(AmityDb db, List<int> people, List<int> organizations, CancellationToken ct)
    {
        var ids = await db.Invitations.AsNoTracking()
            .Where(i => i.Answer == InvitationAnswer.Pending
                && ((i.FromPersonId != null && EF.Parameter(people).Contains(i.FromPersonId.Value)) || (i.ToPersonId != null && EF.Parameter(people).Contains(i.ToPersonId.Value))
                    || (i.FromOrganizationId != null && EF.Parameter(organizations).Contains(i.FromOrganizationId.Value))
                    || (i.ToOrganizationId != null && EF.Parameter(organizations).Contains(i.ToOrganizationId.Value))))
            .SoonestToAnswerFirst().Take(Latest).Select(i => i.Id).ToListAsync(ct);
        return await InvitationSummary.QueryAsync(db, i => EF.Parameter(ids).Contains(i.Id), ct);
    }
}

/// <summary>A relationship with what is derived from it: its age today and its next anniversaries.</summary>
public sealed record RelationshipView(int Id, RelationshipKind Kind, RelationshipStatus Status, string? Since, string? Until, string? Notes,
    IReadOnlyList<OrganizationTree.Node> Parties, int? Age, Anniversaries.Anniversary? Next, Anniversaries.Anniversary? NextRound)
{
    public bool InvolvesHome(OrganizationTree tree) =>
        tree.Home is { } home && Parties.Any(p => tree.Family(home.Id).Contains(p.Id));

    /// <summary>"Sister relationship with Gyeonggi Province", from the point of view of one party.</summary>
    public string Describe(int from) =>
        $"{Show.Words(Kind)} relationship with {string.Join(", ", Parties.Where(p => p.Id != from).Select(p => p.Name))}";

    public static async Task<List<RelationshipView>> QueryAsync(AmityDb db, System.Linq.Expressions.Expression<Func<Relationship, bool>> which,
        OrganizationTree tree, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Relationships.AsNoTracking().Where(which).LongestStandingFirst()
            .Select(r => new { r.Id, r.Kind, r.Status, r.Since, r.Until, r.Notes, Parties = r.Parties.Select(p => p.OrganizationId).ToList() })
            .ToListAsync(ct);
        await tree.AddAsync(db, rows.SelectMany(r => r.Parties).Select(p => (int?)p), ct);
        return [.. rows
            .Select(r =>
            {
                var live = r.Status is RelationshipStatus.Active or RelationshipStatus.Dormant;
                return new RelationshipView(r.Id, r.Kind, r.Status, r.Since, r.Until, r.Notes,
                    [.. r.Parties.Select(p => tree[p]).OfType<OrganizationTree.Node>().OrderBy(p => p.Name, Names.Comparer)],
                    Anniversaries.Age(r.Since, today),
                    live ? Anniversaries.Next(r.Since, today) : null,
                    live ? Anniversaries.Next(r.Since, today, round: true) : null);
            })];
    }
}

/// <summary>Someone holding a post at an organization today (a post with no end, or one ending today or later).</summary>
public sealed record PostHolder(int PersonId, string Name, string? NativeName, string Title, int? OrganizationId, string? From)
{
    public static async Task<List<PostHolder>> QueryAsync(AmityDb db, List<int> organizations, DateOnly today, CancellationToken ct)
    {
        var rows = await db.People.AsNoTracking()
            .SelectMany(p => p.Positions.Where(x => x.OrganizationId != null && EF.Parameter(organizations).Contains(x.OrganizationId.Value)),
                (p, x) => new { p.Id, p.Name, p.NativeName, x.Title, x.OrganizationId, x.From, x.To })
            .ToListAsync(ct);
        return [.. rows
            .Where(r => !PartialDate.TryParse(r.To, out var to) || to.Last >= today)
            .Select(r => new PostHolder(r.Id, r.Name, r.NativeName, r.Title, r.OrganizationId, r.From))
            // The organization itself first, then its institutions; people in each by name.
            .OrderBy(r => r.OrganizationId == organizations[0] ? 0 : 1).ThenBy(r => r.Name, Names.Comparer)];
    }
}
