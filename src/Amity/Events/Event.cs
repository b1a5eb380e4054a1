using Amity.Data;
using Amity.Partners;

namespace Amity.Events;

/// <summary>An exchange occasion other than a meeting: a forum, expo, tour, tournament, exhibition or performance.</summary>
public sealed class Event : Entity
{
    public required string Name { get; set; }
    public EventKind Kind { get; set; }
    /// <summary>The date to the precision known; the start's date when times are known.</summary>
    public string? Date { get; set; }
    /// <summary>Local wall-clock times at the place, read with <see cref="TimeZone"/>.</summary>
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? TimeZone { get; set; }
    public string? Place { get; set; }
    public EventStatus Status { get; set; }
    public string? Outcome { get; set; }
    public List<EventOrganization> Organizations { get; set; } = [];
}

public sealed class EventOrganization
{
    public int EventId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public EventRole Role { get; set; }
}

public enum EventKind { Forum, Expo, Tour, Tournament, Exhibition, Performance, Festival, Conference, Training, Other }
public enum EventStatus { Planned, Confirmed, Held, Cancelled }
public enum EventRole { Organizer, Participant }
