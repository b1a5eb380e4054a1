using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.News;

/// <summary>The records an article reports, by name, each linked to its page.</summary>
public static class NewsLinks
{
    public sealed record Linked(LinkedRecord Type, int Id, string Name, string Href);

    public static async Task<List<Linked>> ForAsync(AmityDb db, int articleId, CancellationToken ct)
    {
        var links = await db.Set<ArticleLink>().AsNoTracking().Where(l => l.ArticleId == articleId)
            .Select(l => new
            {
                l.OrganizationId, Organization = l.Organization!.Name, l.RelationshipId, l.PersonId, Person = l.Person!.Name,
                l.EngagementId, Engagement = l.Engagement!.Title, EngagementDate = l.Engagement.Date, l.AgreementId, Agreement = l.Agreement!.Title,
                l.InvitationId, Invitation = l.Invitation!.Subject, InvitationEvent = l.Invitation.Event!.Name, l.EventId, Event = l.Event!.Name,
            })
            .ToListAsync(ct);
        return [.. links.Select(l =>
            l.OrganizationId is { } o ? new Linked(LinkedRecord.Organization, o, l.Organization, $"/partners/{o}")
            : l.RelationshipId is { } r ? new Linked(LinkedRecord.Relationship, r, $"Relationship {r}", $"/relationships/{r}/edit")
            : l.PersonId is { } p ? new Linked(LinkedRecord.Person, p, l.Person, $"/people/{p}")
            : l.EngagementId is { } e ? new Linked(LinkedRecord.Engagement, e, l.Engagement ?? l.EngagementDate, $"/engagements/{e}")
            : l.AgreementId is { } a ? new Linked(LinkedRecord.Agreement, a, l.Agreement, $"/agreements/{a}")
            : l.InvitationId is { } i ? new Linked(LinkedRecord.Invitation, i, l.InvitationEvent ?? l.Invitation ?? $"Invitation {i}", $"/invitations/{i}/edit")
            : new Linked(LinkedRecord.Event, l.EventId ?? 0, l.Event, $"/events/{l.EventId}"))
            .OrderBy(l => l.Type).ThenBy(l => l.Name, Shared.Names.Comparer)];
    }
}
