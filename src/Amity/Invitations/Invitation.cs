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

public enum InvitationAnswer { Pending, Accepted, Declined, Delegated }
