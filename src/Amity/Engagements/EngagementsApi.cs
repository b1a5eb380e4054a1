using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Api;
using Amity.Data;
using Amity.Partners;
using Amity.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Engagements;

public sealed record EngagementRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    public required EngagementKind Kind { get; init; }
    [StringLength(Lengths.Name)] public string? Title { get; init; }
    /// <summary>The day, month or year it took place, as precisely as known.</summary>
    [Required, PartialDate] public required string Date { get; init; }
    /// <summary>Local time at the place; its day must fall within <see cref="Date"/>.</summary>
    public DateTime? StartsAt { get; init; }
    [TimeZoneId] public string? TimeZone { get; init; }
    [StringLength(Lengths.Name)] public string? Place { get; init; }
    public int? HostOrganizationId { get; init; }
    [StringLength(Lengths.Text)] public string? Summary { get; init; }
    [StringLength(Lengths.Text)] public string? NextSteps { get; init; }
    [MinLength(1, ErrorMessage = "An engagement needs at least one participant.")] public required List<ParticipantInput> Participants { get; init; }
    public int? Version { get; init; }
}

public sealed record ParticipantInput
{
    public required int PersonId { get; init; }
    public ParticipantRole Role { get; init; } = ParticipantRole.Attendee;
    /// <summary>The title the person held that day.</summary>
    [StringLength(Lengths.Name)] public string? Title { get; init; }
    public int? OrganizationId { get; init; }
}

public static class EngagementsApi
{
    public static RouteGroupBuilder MapEngagements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/engagements").WithTags("Engagements");
        group.MapGet("/", List).WithSummary("List engagements, latest first: filter by text, kind, date range, organization (host or participant's) and person.");
        group.MapGet("/{id:int}", Get).WithSummary("Get one engagement with its participants.");
        group.MapPost("/", Create).WithSummary("Record a meeting, visit, call or dinner.");
        group.MapPut("/{id:int}", Update).WithSummary("Update an engagement; send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete an engagement that nothing refers to.");
        return group;
    }

    public static EngagementRecord AsRecord(this Engagement e) => new()
    {
        Id = e.Id, Version = e.Version, Kind = e.Kind, Title = e.Title, Date = e.Date, StartsAt = e.StartsAt, TimeZone = e.TimeZone,
        Place = e.Place, HostOrganizationId = e.HostOrganizationId, Summary = e.Summary, NextSteps = e.NextSteps,
        Participants = [.. e.Participants.OrderBy(p => p.Role).ThenBy(p => p.PersonId).Select(p => new ParticipantInput
        {
            PersonId = p.PersonId, Role = p.Role, Title = p.Title, OrganizationId = p.OrganizationId,
        })],
    };

    public static void ApplyTo(this EngagementRecord input, Engagement e)
    {
        e.Kind = input.Kind;
        e.Title = input.Title;
        e.Date = PartialDate.Parse(input.Date).ToString();
        e.StartsAt = input.StartsAt;
        e.TimeZone = input.TimeZone;
        e.Place = input.Place;
        e.HostOrganizationId = input.HostOrganizationId;
        e.Summary = input.Summary;
        e.NextSteps = input.NextSteps;
        e.Participants.RemoveAll(p => input.Participants.All(i => i.PersonId != p.PersonId));
        foreach (var participant in input.Participants)
        {
            var target = e.Participants.FirstOrDefault(p => p.PersonId == participant.PersonId);
            if (target is null) e.Participants.Add(target = new Participant { PersonId = participant.PersonId });
            target.Role = participant.Role;
            target.Title = participant.Title;
            target.OrganizationId = participant.OrganizationId;
        }
    }

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Engagement> Matching(AmityDb db, ListQuery query, EngagementKind? kind)
    {
        var engagements = db.Engagements.AsNoTracking().Include(e => e.Participants).AsQueryable();
        if (query.Text is { } q)
            engagements = engagements.Where(e => (e.Title != null && e.Title.ToLower().Contains(q)) || (e.Place != null && e.Place.ToLower().Contains(q))
                || (e.Summary != null && e.Summary.ToLower().Contains(q)) || e.Participants.Any(p => p.Person!.Name.ToLower().Contains(q)));
        if (kind is not null) engagements = engagements.Where(e => e.Kind == kind);
        if (query.Organization is { } org)
        {
            // One uncorrelated IN (SELECT … UNION SELECT …), each side on its index: a correlated EXISTS per engagement took
            // seconds on SQLite at 20,000 engagements, and "host = X OR id IN (…)" made PostgreSQL scan every engagement.
            var involved = db.Engagements.Where(e => e.HostOrganizationId == org).Select(e => e.Id)
                .Union(db.Set<Participant>().Where(p => p.OrganizationId == org).Select(p => p.EngagementId));
            engagements = engagements.Where(e => involved.Contains(e.Id));
        }
        if (query.Person is { } person) engagements = engagements.Where(e => e.Participants.Any(p => p.PersonId == person));
        engagements = engagements.Within(e => e.Date, query.From, query.To);
        return engagements;
    }

    public static async Task<Results<Ok<Page<EngagementRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        var kind = query.KindAs<EngagementKind>(errors);
        if (errors.Any) return Problems.Invalid(errors);

        var engagements = Matching(db, query, kind);

        var total = await engagements.CountAsync(ct);
        var items = await engagements.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(ct);
        return TypedResults.Ok(new Page<EngagementRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<EngagementRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var engagement = await db.Engagements.AsNoTracking().Include(e => e.Participants).FirstOrDefaultAsync(e => e.Id == id, ct);
        return engagement is null ? Problems.NotFound("engagement", id) : TypedResults.Ok(engagement.AsRecord());
    }

    public static async Task<Results<Created<EngagementRecord>, ValidationProblem>> Create(EngagementRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var engagement = new Engagement { Date = input.Date };
        input.ApplyTo(engagement);
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/engagements/{engagement.Id}", engagement.AsRecord());
    }

    public static async Task<Results<Ok<EngagementRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, EngagementRecord input, AmityDb db, CancellationToken ct)
    {
        var engagement = await db.Engagements.Include(e => e.Participants).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (engagement is null) return Problems.NotFound("engagement", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (engagement.Version != input.Version) return Problems.Stale("Engagement", id, input.Version!.Value, engagement.Version);

        input.ApplyTo(engagement);
        if (await Saving.SaveUpdateAsync(db, engagement, "Engagement", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(engagement.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Engagement>(db, id, "Engagement", ct);

    /// <summary>The rules an engagement keeps beyond its fields' own: known people and organizations, a time inside its date.</summary>
    public static Errors CheckShape(EngagementRecord input)
    {
        var errors = new Errors();
        if (input.StartsAt is { } starts && PartialDate.TryParse(input.Date, out var date) && !date.Contains(DateOnly.FromDateTime(starts)))
            errors.Add("startsAt", $"falls outside the date {date}");
        if (input.StartsAt is not null && input.TimeZone is null) errors.Add("timeZone", "is required with a start time, to know where that time is read");
        return errors;
    }

    private static async Task<Errors> CheckAsync(AmityDb db, EngagementRecord input, CancellationToken ct)
    {
        var errors = CheckShape(input);
        await References.CheckAsync<Organization>(db, errors, "hostOrganizationId", input.HostOrganizationId, "organization", ct);
        await References.CheckAllAsync<Person>(db, errors, "participants", [.. input.Participants.Select(p => p.PersonId)], "person", ct);
        for (var i = 0; i < input.Participants.Count; i++)
            await References.CheckAsync<Organization>(db, errors, $"participants[{i}].organizationId", input.Participants[i].OrganizationId, "organization", ct);
        return errors;
    }
}
