using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Api;
using Amity.Data;
using Amity.Partners;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.People;

public sealed record PersonRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    [Required, StringLength(Lengths.Name)] public required string Name { get; init; }
    [StringLength(Lengths.Name)] public string? NativeName { get; init; }
    [Names] public List<string> Aliases { get; init; } = [];
    [StringLength(Lengths.Text)] public string? Notes { get; init; }
    /// <summary>Posts over time. Left out on update, the posts stay as they are; given, they become exactly these (matched by id).</summary>
    public List<PositionRecord>? Positions { get; init; }
    public int? Version { get; init; }
}

public sealed record PositionRecord
{
    /// <summary>Set on posts read back; on update, names the post to change. Absent for a new post.</summary>
    public int? Id { get; init; }
    [Required, StringLength(Lengths.Name)] public required string Title { get; init; }
    public int? OrganizationId { get; init; }
    [PartialDate] public string? From { get; init; }
    [PartialDate] public string? To { get; init; }
}

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeople(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/people").WithTags("People");
        group.MapGet("/", List).WithSummary("List people: filter by text (name, alias, title) and the organization of a post they held.");
        group.MapGet("/{id:int}", Get).WithSummary("Get one person with their posts.");
        group.MapPost("/", Create).WithSummary("Create a person, with posts if known.");
        group.MapPut("/{id:int}", Update).WithSummary("Update a person; send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete a person that nothing refers to; their posts go with them.");

        group.MapGet("/{id:int}/positions", ListPositions).WithSummary("The posts a person has held, earliest first.");
        group.MapPost("/{id:int}/positions", AddPosition).WithSummary("Add a post to a person.");
        group.MapPut("/{id:int}/positions/{positionId:int}", UpdatePosition).WithSummary("Change one of a person's posts.");
        group.MapDelete("/{id:int}/positions/{positionId:int}", DeletePosition).WithSummary("Remove one of a person's posts.");
        return group;
    }

    public static PersonRecord AsRecord(this Person p) => new()
    {
        Id = p.Id, Version = p.Version, Name = p.Name, NativeName = p.NativeName, Aliases = p.Aliases, Notes = p.Notes,
        Positions = [.. Chronological(p.Positions).Select(AsRecord)],
    };

    public static PositionRecord AsRecord(this Position p) => new()
    {
        Id = p.Id, Title = p.Title, OrganizationId = p.OrganizationId, From = p.From, To = p.To,
    };

    /// <summary>Posts in the order they were held; a post with no start date goes first, then by id.</summary>
    public static IEnumerable<Position> Chronological(IEnumerable<Position> positions) =>
        positions.OrderBy(p => p.From is null ? "" : p.From, StringComparer.Ordinal).ThenBy(p => p.Id);

    public static void ApplyTo(this PersonRecord input, Person p)
    {
        p.Name = input.Name.Trim();
        p.NativeName = input.NativeName?.Trim();
        p.Aliases = [.. input.Aliases.Select(a => a.Trim()).Distinct()];
        p.Notes = input.Notes;
        if (input.Positions is null) return;
        p.Positions.RemoveAll(existing => input.Positions.All(i => i.Id != existing.Id));
        foreach (var position in input.Positions)
        {
            var target = position.Id is { } id ? p.Positions.FirstOrDefault(e => e.Id == id) : null;
            if (target is null)
            {
                target = new Position { Title = position.Title, Id = position.Id ?? 0 };
                p.Positions.Add(target);
            }
            position.ApplyTo(target);
        }
    }

    public static void ApplyTo(this PositionRecord input, Position p)
    {
        p.Title = input.Title.Trim();
        p.OrganizationId = input.OrganizationId;
        p.From = PartialDate.Canonical(input.From);
        p.To = PartialDate.Canonical(input.To);
    }

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Person> Matching(AmityDb db, ListQuery query)
    {
        var people = db.People.AsNoTracking().Include(p => p.Positions).AsQueryable();
        if (query.Text is { } q)
            people = people.Where(p => p.Name.ToLower().Contains(q) || (p.NativeName != null && p.NativeName.Contains(q))
                || p.Aliases.Any(a => a.ToLower().Contains(q)) || p.Positions.Any(x => x.Title.ToLower().Contains(q)));
        if (query.Organization is { } org) people = people.Where(p => p.Positions.Any(x => x.OrganizationId == org));
        return people;
    }

    public static async Task<Results<Ok<Page<PersonRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        if (errors.Any) return Problems.Invalid(errors);

        var people = Matching(db, query);

        var total = await people.CountAsync(ct);
        var items = await people.OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).AsSplitQuery().ToListAsync(ct);
        return TypedResults.Ok(new Page<PersonRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<PersonRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        return person is null ? Problems.NotFound("person", id) : TypedResults.Ok(person.AsRecord());
    }

    public static async Task<Results<Created<PersonRecord>, ValidationProblem>> Create(PersonRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, null, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var person = new Person { Name = input.Name };
        input.ApplyTo(person);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/people/{person.Id}", person.AsRecord());
    }

    public static async Task<Results<Ok<PersonRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, PersonRecord input, AmityDb db, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Problems.NotFound("person", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, person, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (person.Version != input.Version) return Problems.Stale("Person", id, input.Version!.Value, person.Version);

        input.ApplyTo(person);
        if (await Saving.SaveUpdateAsync(db, person, "Person", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(person.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Person>(db, id, "Person", ct);

    public static async Task<Results<Ok<List<PositionRecord>>, ProblemHttpResult>> ListPositions(int id, AmityDb db, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        return person is null ? Problems.NotFound("person", id) : TypedResults.Ok(Chronological(person.Positions).Select(AsRecord).ToList());
    }

    public static async Task<Results<Created<PositionRecord>, ValidationProblem, ProblemHttpResult>> AddPosition(int id, PositionRecord input, AmityDb db, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Problems.NotFound("person", id);
        var errors = RecordValidator.Validate(input);
        errors.AddRange(await CheckPositionAsync(db, input, "", ct));
        if (errors.Any) return Problems.Invalid(errors);
        var position = new Position { Title = input.Title };
        input.ApplyTo(position);
        person.Positions.Add(position);
        db.ExpectVersion(person, person.Version);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/people/{id}/positions/{position.Id}", position.AsRecord());
    }

    public static async Task<Results<Ok<PositionRecord>, ValidationProblem, ProblemHttpResult>> UpdatePosition(int id, int positionId, PositionRecord input, AmityDb db, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        var position = person?.Positions.FirstOrDefault(p => p.Id == positionId);
        if (person is null || position is null) return Problems.NotFound(person is null ? "person" : "position", person is null ? id : positionId);
        var errors = RecordValidator.Validate(input);
        if (input.Id is { } sentId && sentId != positionId) errors.Add("id", $"is {sentId} but the address names position {positionId}");
        errors.AddRange(await CheckPositionAsync(db, input, "", ct));
        if (errors.Any) return Problems.Invalid(errors);
        input.ApplyTo(position);
        db.ExpectVersion(person, person.Version);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(position.AsRecord());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeletePosition(int id, int positionId, AmityDb db, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        var position = person?.Positions.FirstOrDefault(p => p.Id == positionId);
        if (person is null || position is null) return Problems.NotFound(person is null ? "person" : "position", person is null ? id : positionId);
        person.Positions.Remove(position);
        db.ExpectVersion(person, person.Version);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Errors> CheckAsync(AmityDb db, PersonRecord input, Person? existing, CancellationToken ct)
    {
        var errors = new Errors();
        for (var i = 0; i < (input.Positions?.Count ?? 0); i++)
        {
            var position = input.Positions![i];
            errors.AddRange(await CheckPositionAsync(db, position, $"positions[{i}].", ct));
            if (position.Id is { } positionId && existing?.Positions.All(p => p.Id != positionId) != false)
                errors.Add($"positions[{i}].id", $"this person has no post {positionId}; leave the id out for a new post");
        }
        return errors;
    }

    private static async Task<Errors> CheckPositionAsync(AmityDb db, PositionRecord input, string prefix, CancellationToken ct)
    {
        var errors = new Errors();
        await References.CheckAsync<Organization>(db, errors, prefix + "organizationId", input.OrganizationId, "organization", ct);
        if (PartialDate.TryParse(input.From, out var from) && PartialDate.TryParse(input.To, out var to) && to.Last < from.First)
            errors.Add(prefix + "to", "must not be before 'from'");
        return errors;
    }
}
