using Amity.Data;
using Amity.Partners;
using Amity.People;

namespace Amity.Engagements;

/// <summary>An occasion on which people met: a meeting, visit, call or dinner.</summary>
public sealed class Engagement : Entity
{
    public EngagementKind Kind { get; set; }
    public string? Title { get; set; }
    public required string Date { get; set; }
    /// <summary>Local wall-clock time at the place, read with <see cref="TimeZone"/>.</summary>
    public DateTime? StartsAt { get; set; }
    public string? TimeZone { get; set; }
    public string? Place { get; set; }
    public int? HostOrganizationId { get; set; }
    public Organization? HostOrganization { get; set; }
    public string? Summary { get; set; }
    public string? NextSteps { get; set; }
    public List<Participant> Participants { get; set; } = [];
}

public sealed class Participant
{
    public int EngagementId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public ParticipantRole Role { get; set; }
    /// <summary>The title the person held that day, kept even after their post changes.</summary>
    public string? Title { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

public enum EngagementKind { Meeting, Visit, Call, Dinner, Other }
public enum ParticipantRole { Host, Guest, Attendee }
