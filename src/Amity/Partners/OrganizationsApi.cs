using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Partners;

public sealed record OrganizationRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    [Required, StringLength(Lengths.Name)] public required string Name { get; init; }
    public required OrganizationKind Kind { get; init; }
    public int? ParentId { get; init; }
    [StringLength(Lengths.Short)] public string? Country { get; init; }
    [Names] public List<string> Aliases { get; init; } = [];
    [StringLength(Lengths.Text)] public string? Notes { get; init; }
    /// <summary>Marks the government that runs this Amity; marking one unmarks the previous home.</summary>
    public bool IsHome { get; init; }
    /// <summary>The version last read; required to update, ignored on create.</summary>
    public int? Version { get; init; }
}

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/organizations").WithTags("Organizations");
        group.MapGet("/", List).WithSummary("List organizations: filter by text (name, alias, country), kind and parent organization.");
        group.MapGet("/{id:int}", Get).WithSummary("Get one organization.");
        group.MapPost("/", Create).WithSummary("Create an organization.");
        group.MapPut("/{id:int}", Update).WithSummary("Update an organization; send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete an organization that nothing refers to.");
        return group;
    }

    public static OrganizationRecord AsRecord(this Organization o) => new()
    {
        Id = o.Id, Version = o.Version, Name = o.Name, Kind = o.Kind, ParentId = o.ParentId, Country = o.Country,
        Aliases = o.Aliases, Notes = o.Notes, IsHome = o.IsHome,
    };

    public static void ApplyTo(this OrganizationRecord input, Organization o)
    {
        o.Name = input.Name.Trim();
        o.Kind = input.Kind;
        o.ParentId = input.ParentId;
        o.Country = input.Country?.Trim();
        o.Aliases = [.. input.Aliases.Select(a => a.Trim()).Distinct()];
        o.Notes = input.Notes;
        o.IsHome = input.IsHome;
    }

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Organization> Matching(AmityDb db, ListQuery query, OrganizationKind? kind)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (query.Text is { } q)
            organizations = organizations.Where(o => o.Name.ToLower().Contains(q) || (o.Country != null && o.Country.ToLower().Contains(q)) || o.Aliases.Any(a => a.ToLower().Contains(q)));
        if (kind is not null) organizations = organizations.Where(o => o.Kind == kind);
        if (query.Organization is { } parent) organizations = organizations.Where(o => o.ParentId == parent);
        return organizations;
    }

    public static async Task<Results<Ok<Page<OrganizationRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        var kind = query.KindAs<OrganizationKind>(errors);
        if (errors.Any) return Problems.Invalid(errors);

        var organizations = Matching(db, query, kind);

        var total = await organizations.CountAsync(ct);
        var items = await organizations.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(ct);
        return TypedResults.Ok(new Page<OrganizationRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    // Compiled once per provider (a compiled query keeps the first model it ran on): the most frequent read skips EF
    // Core's query-cache lookup, which hashes the whole expression, on every call.
    private static readonly Func<AmityDb, int, CancellationToken, Task<Organization?>>[] ByIdPerProvider =
        [.. Enum.GetValues<DatabaseProvider>().Select(_ => EF.CompileAsyncQuery((AmityDb db, int id, CancellationToken ct) => db.Organizations.AsNoTracking().FirstOrDefault(o => o.Id == id)))];

    private static Task<Organization?> ById(AmityDb db, int id, CancellationToken ct) => ByIdPerProvider[(int)db.Provider](db, id, ct);

    public static async Task<Results<Ok<OrganizationRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var organization = await ById(db, id, ct);
        return organization is null ? Problems.NotFound("organization", id) : TypedResults.Ok(organization.AsRecord());
    }

    public static async Task<Results<Created<OrganizationRecord>, ValidationProblem>> Create(OrganizationRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, id: null, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var organization = new Organization { Name = input.Name };
        input.ApplyTo(organization);
        if (input.IsHome) await UnmarkHomeAsync(db, ct);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/organizations/{organization.Id}", organization.AsRecord());
    }

    public static async Task<Results<Ok<OrganizationRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, OrganizationRecord input, AmityDb db, CancellationToken ct)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null) return Problems.NotFound("organization", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, id, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (organization.Version != input.Version) return Problems.Stale("Organization", id, input.Version!.Value, organization.Version);

        if (input.IsHome && !organization.IsHome) await UnmarkHomeAsync(db, ct);
        input.ApplyTo(organization);
        if (await Saving.SaveUpdateAsync(db, organization, "Organization", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(organization.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Organization>(db, id, "Organization", ct);

    private static async Task<Errors> CheckAsync(AmityDb db, OrganizationRecord input, int? id, CancellationToken ct)
    {
        var errors = new Errors();
        if (input.ParentId is { } parentId)
        {
            if (parentId == id) errors.Add("parentId", "an organization cannot be its own parent");
            else await References.CheckAsync<Organization>(db, errors, "parentId", parentId, "organization", ct);
            // Walking up from the new parent must not come back to this organization.
            if (id is not null && !errors.Any && await IsAncestorAsync(db, ancestor: id.Value, of: parentId, ct))
                errors.Add("parentId", $"organization {parentId} is already below organization {id}; that would make a loop");
        }
        return errors;
    }

    private static async Task<bool> IsAncestorAsync(AmityDb db, int ancestor, int of, CancellationToken ct)
    {
        var seen = new HashSet<int>();
        int? current = of;
        while (current is { } c && seen.Add(c))
        {
            if (c == ancestor) return true;
            current = await db.Organizations.Where(o => o.Id == c).Select(o => o.ParentId).FirstOrDefaultAsync(ct);
        }
        return false;
    }

    private static async Task UnmarkHomeAsync(AmityDb db, CancellationToken ct)
    {
        foreach (var home in await db.Organizations.Where(o => o.IsHome).ToListAsync(ct)) home.IsHome = false;
    }
}
