using Amity.Data;
using Amity.Engagements;
using Amity.Partners;
using Amity.People;

namespace Amity.Invitations;

/// <summary>Who invited whom to what. From and to are each a person, an organization, or both.</summary>
public sealed class Invitation : Entity
{
    public int? FromPersonId { get; set; }
    public Person? FromPerson { get; set; }
    public int? FromOrganizationId { get; set; }
    public Organization? FromOrganization { get; set; }
    public int? ToPersonId { get; set; }
    public Person? ToPerson { get; set; }
    public int? ToOrganizationId { get; set; }
    public Organization? ToOrganization { get; set; }
    /// <summary>What it invites to, in words ("Visit to Gyeonggi Province"), when no event or engagement record holds it.</summary>
    public string? Subject { get; set; }
    public int? EventId { get; set; }
    public Events.Event? Event { get; set; }
    public int? EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public string? GivenOn { get; set; }
    public string? RespondBy { get; set; }
    public InvitationAnswer Answer { get; set; }
    public bool Fulfilled { get; set; }
    public string? Notes { get; set; }
}

public static class InvitationOrder
{
    /// <summary>
    /// The soonest to answer first: by the answer-by date, else the event's date, those with neither last (spelt out, since
    /// SQLite and PostgreSQL put nulls at opposite ends); then the latest given. The invitations list, the home page and a
    /// partner's page all show invitations in this order.
    /// </summary>
    public static IOrderedQueryable<Invitation> SoonestToAnswerFirst(this IQueryable<Invitation> invitations) =>
        invitations.OrderBy(i => i.RespondBy ?? (i.Event != null ? i.Event.Date : null) ?? "9999").ThenByDescending(i => i.GivenOn ?? "").ThenBy(i => i.Id);
}

public enum InvitationAnswer { Pending, Accepted, Declined, Delegated }
