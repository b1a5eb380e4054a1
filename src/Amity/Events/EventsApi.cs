using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Api;
using Amity.Data;
using Amity.Partners;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Events;

public sealed record EventRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    [Required, StringLength(Lengths.Name)] public required string Name { get; init; }
    public required EventKind Kind { get; init; }
    /// <summary>The date to the precision known. With a start time, it may be left out and is taken from the start.</summary>
    [PartialDate] public string? Date { get; init; }
    /// <summary>Local time at the place, read in <see cref="TimeZone"/>.</summary>
    public DateTime? StartsAt { get; init; }
    public DateTime? EndsAt { get; init; }
    [TimeZoneId] public string? TimeZone { get; init; }
    [StringLength(Lengths.Name)] public string? Place { get; init; }
    public EventStatus Status { get; init; }
    [StringLength(Lengths.Text)] public string? Outcome { get; init; }
    public List<EventOrganizationInput> Organizations { get; init; } = [];
    public int? Version { get; init; }
}

public sealed record EventOrganizationInput
{
    public required int OrganizationId { get; init; }
    public EventRole Role { get; init; }
}

public static class EventsApi
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/events").WithTags("Events");
        group.MapGet("/", List).WithSummary("List events by date: filter by text, kind, date range and organization.");
        group.MapGet("/{id:int}", Get).WithSummary("Get one event.");
        group.MapPost("/", Create).WithSummary("Record a forum, expo, tour, tournament, exhibition or other event.");
        group.MapPut("/{id:int}", Update).WithSummary("Update an event; send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete an event that nothing refers to.");
        return group;
    }

    public static EventRecord AsRecord(this Event e) => new()
    {
        Id = e.Id, Version = e.Version, Name = e.Name, Kind = e.Kind, Date = e.Date, StartsAt = e.StartsAt, EndsAt = e.EndsAt, TimeZone = e.TimeZone,
        Place = e.Place, Status = e.Status, Outcome = e.Outcome,
        Organizations = [.. e.Organizations.OrderBy(o => o.Role).ThenBy(o => o.OrganizationId).Select(o => new EventOrganizationInput { OrganizationId = o.OrganizationId, Role = o.Role })],
    };

    public static void ApplyTo(this EventRecord input, Event e)
    {
        e.Name = input.Name.Trim();
        e.Kind = input.Kind;
        e.Date = input.Date is not null ? PartialDate.Parse(input.Date).ToString()
            : input.StartsAt is { } starts ? PartialDate.Of(DateOnly.FromDateTime(starts)).ToString() : null;
        e.StartsAt = input.StartsAt;
        e.EndsAt = input.EndsAt;
        e.TimeZone = input.TimeZone;
        e.Place = input.Place;
        e.Status = input.Status;
        e.Outcome = input.Outcome;
        e.Organizations.RemoveAll(o => input.Organizations.All(i => i.OrganizationId != o.OrganizationId));
        foreach (var organization in input.Organizations)
        {
            var target = e.Organizations.FirstOrDefault(o => o.OrganizationId == organization.OrganizationId);
            if (target is null) e.Organizations.Add(target = new EventOrganization { OrganizationId = organization.OrganizationId });
            target.Role = organization.Role;
        }
    }

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Event> Matching(AmityDb db, ListQuery query, EventKind? kind)
    {
        var events = db.Events.AsNoTracking().Include(e => e.Organizations).AsQueryable();
        if (query.Text is { } q)
            events = events.Where(e => e.Name.ToLower().Contains(q) || (e.Place != null && e.Place.ToLower().Contains(q)) || (e.Outcome != null && e.Outcome.ToLower().Contains(q)));
        if (kind is not null) events = events.Where(e => e.Kind == kind);
        if (query.Organization is { } org) events = events.Where(e => e.Organizations.Any(o => o.OrganizationId == org));
        events = events.Within(e => e.Date, query.From, query.To);
        return events;
    }

    public static async Task<Results<Ok<Page<EventRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        var kind = query.KindAs<EventKind>(errors);
        if (errors.Any) return Problems.Invalid(errors);

        var events = Matching(db, query, kind);

        var total = await events.CountAsync(ct);
        var items = await events.OrderBy(e => e.Date).ThenBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(ct);
        return TypedResults.Ok(new Page<EventRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<EventRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().Include(e => e.Organizations).FirstOrDefaultAsync(e => e.Id == id, ct);
        return @event is null ? Problems.NotFound("event", id) : TypedResults.Ok(@event.AsRecord());
    }

    public static async Task<Results<Created<EventRecord>, ValidationProblem>> Create(EventRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var @event = new Event { Name = input.Name };
        input.ApplyTo(@event);
        db.Events.Add(@event);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/events/{@event.Id}", @event.AsRecord());
    }

    public static async Task<Results<Ok<EventRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, EventRecord input, AmityDb db, CancellationToken ct)
    {
        var @event = await db.Events.Include(e => e.Organizations).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (@event is null) return Problems.NotFound("event", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (@event.Version != input.Version) return Problems.Stale("Event", id, input.Version!.Value, @event.Version);

        input.ApplyTo(@event);
        if (await Saving.SaveUpdateAsync(db, @event, "Event", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(@event.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Event>(db, id, "Event", ct);

    public static Errors CheckShape(EventRecord input)
    {
        var errors = new Errors();
        if (input.EndsAt is not null && input.StartsAt is null) errors.Add("endsAt", "needs startsAt");
        if (input.EndsAt < input.StartsAt) errors.Add("endsAt", "must not be before startsAt");
        if (input.StartsAt is not null && input.TimeZone is null) errors.Add("timeZone", "is required with a start time, to know where that time is read");
        if (input.StartsAt is { } starts && PartialDate.TryParse(input.Date, out var date) && !date.Contains(DateOnly.FromDateTime(starts)))
            errors.Add("startsAt", $"falls outside the date {date}");
        return errors;
    }

    private static async Task<Errors> CheckAsync(AmityDb db, EventRecord input, CancellationToken ct)
    {
        var errors = CheckShape(input);
        await References.CheckAllAsync<Organization>(db, errors, "organizations", [.. input.Organizations.Select(o => o.OrganizationId)], "organization", ct);
        return errors;
    }
}
