using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Microsoft.EntityFrameworkCore;

namespace Amity.Calendar;

/// <summary>
/// Something on the calendar: an event, an engagement, or the day an invitation must be answered by. It has a partial date,
/// and, when the time is known, a local start (and end) read in the time zone of the place.
/// </summary>
public sealed record CalendarItem(string Uid, string Kind, string Title, PartialDate Date, DateTime? StartsAt, DateTime? EndsAt, string? TimeZone,
    string? Place, string Href, string? Description)
{
    public bool HasTime => StartsAt is not null;

    /// <summary>Every item whose date reaches into [from, to]; the whole calendar when both are null.</summary>
    public static async Task<List<CalendarItem>> QueryAsync(AmityDb db, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Cancelled && e.Date != null).Within(e => e.Date, from, to)
            .Select(e => new { e.Id, e.Name, e.Kind, e.Date, e.StartsAt, e.EndsAt, e.TimeZone, e.Place, e.Status }).ToListAsync(ct);
        var matching = db.Engagements.AsNoTracking().Within(e => e.Date, from, to);
        var engagements = await matching.Select(e => new { e.Id, e.Title, e.Kind, e.Date, e.StartsAt, e.TimeZone, e.Place, e.Summary }).ToListAsync(ct);
        // Participants' names in a plain join of their own: as a nested collection, SQLite joined every participant to every
        // person before picking out these engagements' (over 100 s for a year of a national dataset on a busy machine).
        var people = (await db.Set<Participant>().AsNoTracking().Where(p => matching.Select(e => e.Id).Contains(p.EngagementId))
                .OrderBy(p => p.EngagementId).ThenBy(p => p.PersonId).Select(p => new { p.EngagementId, p.Person!.Name }).ToListAsync(ct))
            .ToLookup(p => p.EngagementId, p => p.Name);
        var deadlines = await db.Invitations.AsNoTracking().Where(i => i.Answer == InvitationAnswer.Pending && i.RespondBy != null).Within(i => i.RespondBy, from, to)
            .Select(i => new { i.Id, i.RespondBy, What = i.Event != null ? i.Event.Name : i.Engagement != null ? i.Engagement.Title : i.Subject, From = i.FromPerson!.Name ?? i.FromOrganization!.Name })
            .ToListAsync(ct);
        var items = new List<CalendarItem>();
        items.AddRange(events.Select(e => new CalendarItem($"event-{e.Id}@amity", "event", e.Name, PartialDate.Parse(e.Date!), e.StartsAt, e.EndsAt, e.TimeZone,
            e.Place, $"/events/{e.Id}", $"{Shared.Show.Words(e.Kind)}, {Shared.Show.Words(e.Status)}")));
        items.AddRange(engagements.Select(e => new CalendarItem($"engagement-{e.Id}@amity", "engagement", e.Title ?? Shared.Show.Words(e.Kind), PartialDate.Parse(e.Date),
            e.StartsAt, null, e.TimeZone, e.Place, $"/engagements/{e.Id}", string.Join(", ", people[e.Id]) + (e.Summary is null ? "" : "\n" + e.Summary))));
        items.AddRange(deadlines.Select(i => new CalendarItem($"invitation-{i.Id}-answer@amity", "deadline", $"Answer by: {i.What ?? "invitation"}", PartialDate.Parse(i.RespondBy!),
            null, null, null, null, $"/invitations/{i.Id}/edit", i.From is null ? null : $"Invitation from {i.From}")));
        return [.. items.OrderBy(i => i.Date.First).ThenBy(i => i.StartsAt ?? DateTime.MinValue).ThenBy(i => i.Title, StringComparer.Ordinal)];
    }
}
