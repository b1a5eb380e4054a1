using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Invitations;
using Amity.Partners;
using Microsoft.EntityFrameworkCore;

namespace Amity.People;

/// <summary>A person's page and briefing: posts over time, every engagement numbered per counterpart, agreements signed and open invitations.</summary>
public sealed record PersonProfile(
    Person Person,
    OrganizationTree Tree,
    IReadOnlyList<Position> Positions,
    IReadOnlyList<EngagementSummary> Engagements,
    MeetingNumbers Meetings,
    IReadOnlyList<PersonProfile.Counterpart> Counterparts,
    IReadOnlyList<AgreementSummary> Agreements,
    IReadOnlyList<InvitationSummary> Invitations,
    IReadOnlyList<(int Id, string Title, DateOnly PublishedOn)> News,
    DateOnly Today)
{
    /// <summary>Someone this person met, and the engagements they shared, earliest first.</summary>
    public sealed record Counterpart(int PersonId, string Name, string? NativeName, IReadOnlyList<EngagementSummary> Engagements);

    /// <summary>The posts held today.</summary>
    public IEnumerable<Position> CurrentPosts => Positions.Where(p => !PartialDate.TryParse(p.To, out var to) || to.Last >= Today);

    /// <summary>The organizations of the current posts, for the relationship part of a briefing.</summary>
    public IReadOnlyList<int> CurrentOrganizations => [.. CurrentPosts.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).Distinct()];

    public static async Task<PersonProfile?> LoadAsync(AmityDb db, int id, DateOnly today, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return null;
        var current = person.Positions.Where(p => p.OrganizationId is not null && (!PartialDate.TryParse(p.To, out var to) || to.Last >= today)).Select(p => p.OrganizationId!.Value);
        var tree = await OrganizationTree.LoadAsync(db, current, ct);
        // Uncorrelated subqueries: an EXISTS per engagement, agreement or article would read every one of them.
        var attended = db.Set<Participant>().Where(p => p.PersonId == id).Select(p => p.EngagementId);
        var engagements = await EngagementSummary.QueryAsync(db, e => attended.Contains(e.Id), ct);
        var meetings = MeetingNumbers.Count(engagements.Select(e => e.AsMeeting()));
        var counterparts = engagements
            .SelectMany(e => e.Participants.Where(p => p.PersonId != id).Select(p => (Other: p, Engagement: e)))
            .GroupBy(x => x.Other.PersonId)
            .Select(g => new Counterpart(g.Key, g.First().Other.Name, g.First().Other.NativeName, [.. g.Select(x => x.Engagement).Reverse()]))
            .OrderByDescending(c => c.Engagements.Count).ThenBy(c => c.Name, Shared.Names.Comparer)
            .ToList();
        var signed = db.Set<Signatory>().Where(s => s.PersonId == id).Select(s => s.AgreementId);
        var agreements = await AgreementSummary.QueryAsync(db, a => signed.Contains(a.Id), today, ct);
        var invitations = await InvitationSummary.QueryAsync(db, i => i.FromPersonId == id || i.ToPersonId == id, ct);
        var reported = db.Set<Amity.News.ArticleLink>().Where(l => l.PersonId == id).Select(l => l.ArticleId);
        var news = (await db.Articles.AsNoTracking().Where(a => reported.Contains(a.Id))
                .OrderByDescending(a => a.PublishedOn).Select(a => new { a.Id, a.Title, a.PublishedOn }).ToListAsync(ct))
            .Select(a => (a.Id, a.Title, a.PublishedOn)).ToList();
        await tree.AddAsync(db, person.Positions.Select(p => p.OrganizationId)
            .Concat(agreements.SelectMany(a => a.Signatories).Select(s => s.OrganizationId))
            .Concat(engagements.Select(e => e.HostOrganizationId)), ct);
        return new PersonProfile(person, tree, [.. PeopleApi.Chronological(person.Positions)], engagements, meetings, counterparts, agreements, invitations, news, today);
    }
}
