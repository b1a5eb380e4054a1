using Amity.Agreements;
using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Extraction;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Ingestion;

/// <summary>
/// Writes accepted proposals inside the commit's transaction: a proposal that matches a record on file is linked, not copied;
/// a new one is created by the same rules as the API. Every record is linked to the article with its sentence.
/// </summary>
internal sealed class RecordWriter(AmityDb db, EntityResolver resolver, Article article, List<ArticleLink> links)
{
    /// <summary>People written so far with the title the article gives them, for titles held at a meeting or signing.</summary>
    private readonly Dictionary<int, (string? Title, int? OrganizationId)> _roles = [];
    private readonly Dictionary<string, int> _events = new(StringComparer.Ordinal);

    public async Task<ProposalOutcome> WriteAsync(Proposal p, CancellationToken ct)
    {
        try
        {
            var (id, created, reason) = p.Type switch
            {
                ProposalType.Organization => await OrganizationAsync(p.Organization!, ct),
                ProposalType.Person => await PersonAsync(p.Person!, ct),
                ProposalType.Relationship => await RelationshipAsync(p.Relationship!, ct),
                ProposalType.Event => await EventAsync(p.Event!, ct),
                ProposalType.Engagement => await EngagementAsync(p.Engagement!, ct),
                ProposalType.Agreement => await AgreementAsync(p.Agreement!, ct),
                _ => await InvitationAsync(p.Invitation!, ct),
            };
            if (id is null) return new(p.Key, p.Type, p.Label, Outcome.Skipped, null, reason);
            Link(p.Type, id.Value, p.Evidence);
            return new(p.Key, p.Type, p.Label, created ? Outcome.Created : Outcome.Matched, id, null);
        }
        catch (ArgumentException e)
        {
            return new(p.Key, p.Type, p.Label, Outcome.Skipped, null, e.Message);
        }
    }

    private async Task<(int?, bool, string?)> OrganizationAsync(ExtractedOrganization o, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(o.Name)) return (null, false, "the organization has no name");
        var names = (o.Aliases ?? []).Prepend(o.Name).ToList();
        if ((resolver.Organization(o.Name) ?? names.Select(resolver.Organization).FirstOrDefault(x => x is not null)) is { } existing)
        {
            // A name the article adds (an abbreviation, another script) becomes an alias of the record on file.
            var organization = await db.Organizations.FirstAsync(x => x.Id == existing, ct);
            var known = organization.Aliases.Append(organization.Name).ToList();
            var added = names.Where(n => !known.Any(k => NameKeys.Same(k, n))).Select(n => Ingester.Truncate(n.Trim(), Lengths.Name)).ToList();
            if (added.Count > 0)
            {
                organization.Aliases = [.. organization.Aliases, .. added];
                await db.SaveChangesAsync(ct);
            }
            return (existing, false, null);
        }
        var created = new Organization
        {
            Name = Ingester.Truncate(o.Name.Trim(), Lengths.Name), Kind = Ingester.Kind<OrganizationKind>(o.Kind),
            Aliases = [.. (o.Aliases ?? []).Select(a => Ingester.Truncate(a.Trim(), Lengths.Name)).Distinct()],
        };
        db.Organizations.Add(created);
        await db.SaveChangesAsync(ct);
        resolver.AddOrganization(created.Id, names);
        return (created.Id, true, null);
    }

    private async Task<(int?, bool, string?)> PersonAsync(ExtractedPerson p, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(p.Name)) return (null, false, "the person has no name");
        var organizationId = resolver.Organization(p.Organization);
        var existing = resolver.Person(p.Name) ?? (p.Aliases ?? []).Select(resolver.Person).FirstOrDefault(x => x is not null);
        Person person;
        if (existing is { } id)
        {
            person = await db.People.Include(x => x.Positions).FirstAsync(x => x.Id == id, ct);
        }
        else
        {
            person = new Person { Name = Ingester.Truncate(p.Name.Trim(), Lengths.Name), Aliases = [.. (p.Aliases ?? []).Distinct()] };
            db.People.Add(person);
        }
        // A title the records do not show yet becomes a post with no dates: the article shows it held, not since when.
        if (!string.IsNullOrWhiteSpace(p.Title)
            && !person.Positions.Any(x => string.Equals(x.Title, p.Title, StringComparison.OrdinalIgnoreCase) && (organizationId is null || x.OrganizationId == organizationId)))
            person.Positions.Add(new Position { Title = Ingester.Truncate(p.Title.Trim(), Lengths.Name), OrganizationId = organizationId });
        await db.SaveChangesAsync(ct);
        if (existing is null) resolver.AddPerson(person.Id, (p.Aliases ?? []).Prepend(p.Name));
        _roles[person.Id] = (p.Title, organizationId);
        return (person.Id, existing is null, null);
    }

    private async Task<(int?, bool, string?)> RelationshipAsync(ExtractedRelationship r, CancellationToken ct)
    {
        var parties = Ingester.Ids(r.Parties, resolver.Organization);
        if (parties.Count < 2) return (null, false, "fewer than two of its parties are organizations on record or accepted");
        var kind = Ingester.Kind<RelationshipKind>(r.Kind);
        if (await Matching.RelationshipAsync(db, kind, parties, ct) is { } existing) return (existing, false, null);
        var relationship = new Relationship { Kind = kind, Since = Ingester.Date(r.Since), Parties = [.. parties.Select(id => new RelationshipParty { OrganizationId = id })] };
        db.Relationships.Add(relationship);
        await db.SaveChangesAsync(ct);
        return (relationship.Id, true, null);
    }

    private async Task<(int?, bool, string?)> EventAsync(ExtractedEvent e, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(e.Name)) return (null, false, "the event has no name");
        var date = Ingester.Date(e.Date);
        if (await Matching.EventAsync(db, e.Name, date, ct) is { } existing)
        {
            _events[e.Name] = existing;
            return (existing, false, null);
        }
        var organizations = Ingester.Ids(e.Organizations, resolver.Organization);
        var created = new Event
        {
            Name = Ingester.Truncate(e.Name.Trim(), Lengths.Name), Kind = Ingester.Kind<EventKind>(e.Kind), Date = date,
            Place = e.Location is null ? null : Ingester.Truncate(e.Location, Lengths.Name),
            Organizations = [.. organizations.Select(id => new EventOrganization { OrganizationId = id, Role = EventRole.Participant })],
        };
        db.Events.Add(created);
        await db.SaveChangesAsync(ct);
        _events[e.Name] = created.Id;
        return (created.Id, true, null);
    }

    private async Task<(int?, bool, string?)> EngagementAsync(ExtractedEngagement e, CancellationToken ct)
    {
        var date = Ingester.Date(e.Date);
        if (date is null) return (null, false, "the article gives no date for it; edit the proposal to add one");
        var people = Ingester.Ids(e.Participants, resolver.Person);
        if (people.Count == 0) return (null, false, "none of its participants is a person on record or accepted");
        if (await Matching.EngagementAsync(db, date, people, ct) is { } existing) return (existing, false, null);
        var host = resolver.Organization(e.Host);
        var engagement = new Engagement
        {
            Kind = Ingester.Kind<EngagementKind>(e.Kind), Date = date, HostOrganizationId = host,
            Place = e.Location is null ? null : Ingester.Truncate(e.Location, Lengths.Name),
            Participants = [.. people.Select(id =>
            {
                var (title, organization) = _roles.GetValueOrDefault(id);
                var role = host is not null && organization == host ? ParticipantRole.Host : host is not null ? ParticipantRole.Guest : ParticipantRole.Attendee;
                return new Participant { PersonId = id, Title = title, OrganizationId = organization, Role = role };
            })],
        };
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync(ct);
        return (engagement.Id, true, null);
    }

    private async Task<(int?, bool, string?)> AgreementAsync(ExtractedAgreement a, CancellationToken ct)
    {
        var date = Ingester.Date(a.Date);
        var signatories = Ingester.Ids(a.Signatories, resolver.Person);
        if (await Matching.AgreementAsync(db, a.Title, date, signatories, ct) is { } existing) return (existing, false, null);
        var areas = a.Areas.Select(x => EnumText.TryParse<Area>(x, out var area) ? area : (Area?)null).OfType<Area>().Distinct();
        var agreement = new Agreement
        {
            Title = Ingester.Truncate(string.IsNullOrWhiteSpace(a.Title) ? "Agreement" : a.Title.Trim(), Lengths.Name),
            SignedOn = date, Status = date is null ? AgreementStatus.Draft : AgreementStatus.Signed, Areas = [.. areas],
            Parties = [.. Ingester.Ids(a.Parties, resolver.Organization).Select(id => new AgreementParty { OrganizationId = id })],
            Signatories = [.. signatories.Select(id =>
            {
                var (title, organization) = _roles.GetValueOrDefault(id);
                return new Signatory { PersonId = id, Title = title, OrganizationId = organization };
            })],
            Commitments = [.. a.Commitments.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new Commitment { Text = Ingester.Truncate(c.Trim(), Lengths.Text) })],
        };
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return (agreement.Id, true, null);
    }

    private async Task<(int?, bool, string?)> InvitationAsync(ExtractedInvitation i, CancellationToken ct)
    {
        var toPerson = resolver.Person(i.To);
        var toOrganization = toPerson is null ? resolver.Organization(i.To) : null;
        var fromPerson = resolver.Person(i.From);
        var fromOrganization = fromPerson is null ? resolver.Organization(i.From) : null;
        if (toPerson is null && toOrganization is null) return (null, false, "who is invited is not a person or organization on record or accepted");
        if (fromPerson is null && fromOrganization is null) return (null, false, "who invited is not a person or organization on record or accepted");
        if (string.IsNullOrWhiteSpace(i.Event)) return (null, false, "it does not say what it invites to");
        var date = Ingester.Date(i.Date);
        if (await Matching.InvitationAsync(db, toPerson, date, i.Event, ct) is { } existing) return (existing, false, null);
        var eventId = _events.FirstOrDefault(e => Names.SharedContent(e.Key, i.Event) >= 0.5).Value;
        var invitation = new Invitation
        {
            FromPersonId = fromPerson, FromOrganizationId = fromOrganization ?? (fromPerson is { } fp ? _roles.GetValueOrDefault(fp).OrganizationId : null),
            ToPersonId = toPerson, ToOrganizationId = toOrganization ?? (toPerson is { } tp ? _roles.GetValueOrDefault(tp).OrganizationId : null),
            EventId = eventId == 0 ? null : eventId, Subject = eventId == 0 ? Ingester.Truncate(i.Event.Trim(), Lengths.Name) : null, GivenOn = date,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return (invitation.Id, true, null);
    }

    /// <summary>Links the record to the article with the sentence it came from, once per record.</summary>
    private void Link(ProposalType type, int id, Evidence? evidence)
    {
        var link = type switch
        {
            ProposalType.Organization => links.FirstOrDefault(l => l.OrganizationId == id) ?? New(l => l.OrganizationId = id),
            ProposalType.Person => links.FirstOrDefault(l => l.PersonId == id) ?? New(l => l.PersonId = id),
            ProposalType.Relationship => links.FirstOrDefault(l => l.RelationshipId == id) ?? New(l => l.RelationshipId = id),
            ProposalType.Event => links.FirstOrDefault(l => l.EventId == id) ?? New(l => l.EventId = id),
            ProposalType.Engagement => links.FirstOrDefault(l => l.EngagementId == id) ?? New(l => l.EngagementId = id),
            ProposalType.Agreement => links.FirstOrDefault(l => l.AgreementId == id) ?? New(l => l.AgreementId = id),
            _ => links.FirstOrDefault(l => l.InvitationId == id) ?? New(l => l.InvitationId = id),
        };
        if (evidence is not null && link.EvidenceStart is null)
        {
            link.EvidenceStart = evidence.Start;
            link.EvidenceEnd = evidence.End;
        }
    }

    private ArticleLink New(Action<ArticleLink> target)
    {
        var link = new ArticleLink { ArticleId = article.Id };
        target(link);
        links.Add(link);
        db.Add(link);
        return link;
    }
}
