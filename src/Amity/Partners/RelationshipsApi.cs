using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Partners;

public sealed record RelationshipRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    public required RelationshipKind Kind { get; init; }
    /// <summary>The organizations bound by it: two, or more for a multi-party tie.</summary>
    [MinLength(2, ErrorMessage = "A relationship needs at least two parties.")] public required List<int> Parties { get; init; }
    [PartialDate] public string? Since { get; init; }
    [PartialDate] public string? Until { get; init; }
    public RelationshipStatus Status { get; init; }
    [StringLength(Lengths.Name)] public string? BasisDocument { get; init; }
    [PartialDate] public string? CouncilApprovedOn { get; init; }
    [StringLength(Lengths.Text)] public string? Notes { get; init; }
    public int? Version { get; init; }
}

public static class RelationshipsApi
{
    public static RouteGroupBuilder MapRelationships(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/relationships").WithTags("Relationships");
        group.MapGet("/", List).WithSummary("List relationships: filter by text, kind, party organization and the date they began.");
        group.MapGet("/{id:int}", Get).WithSummary("Get one relationship.");
        group.MapPost("/", Create).WithSummary("Create a relationship between two or more organizations.");
        group.MapPut("/{id:int}", Update).WithSummary("Update a relationship; send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete a relationship that nothing refers to.");
        return group;
    }

    public static RelationshipRecord AsRecord(this Relationship r) => new()
    {
        Id = r.Id, Version = r.Version, Kind = r.Kind, Parties = [.. r.Parties.Select(p => p.OrganizationId).Order()],
        Since = r.Since, Until = r.Until, Status = r.Status, BasisDocument = r.BasisDocument, CouncilApprovedOn = r.CouncilApprovedOn, Notes = r.Notes,
    };

    public static void ApplyTo(this RelationshipRecord input, Relationship r)
    {
        r.Kind = input.Kind;
        r.Since = PartialDate.Canonical(input.Since);
        r.Until = PartialDate.Canonical(input.Until);
        r.Status = input.Status;
        r.BasisDocument = input.BasisDocument;
        r.CouncilApprovedOn = PartialDate.Canonical(input.CouncilApprovedOn);
        r.Notes = input.Notes;
        r.Parties.RemoveAll(p => !input.Parties.Contains(p.OrganizationId));
        foreach (var id in input.Parties.Distinct().Where(id => r.Parties.All(p => p.OrganizationId != id)))
            r.Parties.Add(new RelationshipParty { OrganizationId = id });
    }

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Relationship> Matching(AmityDb db, ListQuery query, RelationshipKind? kind)
    {
        var relationships = db.Relationships.AsNoTracking().Include(r => r.Parties).AsQueryable();
        if (query.Text is { } q)
            relationships = relationships.Where(r => (r.Notes != null && r.Notes.ToLower().Contains(q)) || (r.BasisDocument != null && r.BasisDocument.ToLower().Contains(q))
                || r.Parties.Any(p => p.Organization!.Name.ToLower().Contains(q)));
        if (kind is not null) relationships = relationships.Where(r => r.Kind == kind);
        if (query.Organization is { } org) relationships = relationships.Where(r => r.Parties.Any(p => p.OrganizationId == org));
        relationships = relationships.Within(r => r.Since, query.From, query.To);
        return relationships;
    }

    public static async Task<Results<Ok<Page<RelationshipRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        var kind = query.KindAs<RelationshipKind>(errors);
        if (errors.Any) return Problems.Invalid(errors);

        var relationships = Matching(db, query, kind);

        var total = await relationships.CountAsync(ct);
        var items = await relationships.OrderBy(r => r.Since).ThenBy(r => r.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(ct);
        return TypedResults.Ok(new Page<RelationshipRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<RelationshipRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var relationship = await db.Relationships.AsNoTracking().Include(r => r.Parties).FirstOrDefaultAsync(r => r.Id == id, ct);
        return relationship is null ? Problems.NotFound("relationship", id) : TypedResults.Ok(relationship.AsRecord());
    }

    public static async Task<Results<Created<RelationshipRecord>, ValidationProblem>> Create(RelationshipRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var relationship = new Relationship();
        input.ApplyTo(relationship);
        db.Relationships.Add(relationship);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/relationships/{relationship.Id}", relationship.AsRecord());
    }

    public static async Task<Results<Ok<RelationshipRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, RelationshipRecord input, AmityDb db, CancellationToken ct)
    {
        var relationship = await db.Relationships.Include(r => r.Parties).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (relationship is null) return Problems.NotFound("relationship", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (relationship.Version != input.Version) return Problems.Stale("Relationship", id, input.Version!.Value, relationship.Version);

        input.ApplyTo(relationship);
        if (await Saving.SaveUpdateAsync(db, relationship, "Relationship", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(relationship.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Relationship>(db, id, "Relationship", ct);

    private static async Task<Errors> CheckAsync(AmityDb db, RelationshipRecord input, CancellationToken ct)
    {
        var errors = new Errors();
        await References.CheckAllAsync<Organization>(db, errors, "parties", input.Parties, "organization", ct);
        if (PartialDate.TryParse(input.Since, out var since) && PartialDate.TryParse(input.Until, out var until) && until.Last < since.First)
            errors.Add("until", "must not be before 'since'");
        return errors;
    }
}
