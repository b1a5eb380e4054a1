using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Partners;
using Amity.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Agreements;

public sealed record AgreementRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    [Required, StringLength(Lengths.Name)] public required string Title { get; init; }
    public AgreementKind Kind { get; init; }
    [PartialDate] public string? SignedOn { get; init; }
    public AgreementStatus Status { get; init; }
    [PartialDate] public string? ExpiresOn { get; init; }
    public List<Area> Areas { get; init; } = [];
    /// <summary>The engagement it was signed at.</summary>
    public int? EngagementId { get; init; }
    [StringLength(Lengths.Text)] public string? Notes { get; init; }
    public List<int> Parties { get; init; } = [];
    public List<SignatoryInput> Signatories { get; init; } = [];
    /// <summary>Left out on update, the commitments stay as they are; given, they become exactly these (matched by id).</summary>
    public List<CommitmentRecord>? Commitments { get; init; }
    public int? Version { get; init; }
}

public sealed record SignatoryInput
{
    public required int PersonId { get; init; }
    /// <summary>The title held at signing.</summary>
    [StringLength(Lengths.Name)] public string? Title { get; init; }
    public int? OrganizationId { get; init; }
}

public sealed record CommitmentRecord
{
    /// <summary>Set on commitments read back; on update, names the commitment to change.</summary>
    public int? Id { get; init; }
    [Required, StringLength(Lengths.Text)] public required string Text { get; init; }
    /// <summary>The party that owes it.</summary>
    public int? OwnerOrganizationId { get; init; }
    [PartialDate] public string? Due { get; init; }
    public CommitmentStatus Status { get; init; }
    public List<ProgressNoteRecord> Notes { get; init; } = [];
    public int? Version { get; init; }
}

public sealed record ProgressNoteRecord
{
    public int? Id { get; init; }
    public required DateOnly Date { get; init; }
    [Required, StringLength(Lengths.Text)] public required string Text { get; init; }
}

public static class AgreementsApi
{
    public static RouteGroupBuilder MapAgreements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/agreements").WithTags("Agreements");
        group.MapGet("/", List).WithSummary("List agreements, latest first: filter by text, kind, date signed, party organization and signatory.");
        group.MapGet("/{id:int}", Get).WithSummary("Get one agreement with its parties, signatories and commitments.");
        group.MapPost("/", Create).WithSummary("Record an agreement, with its commitments if known.");
        group.MapPut("/{id:int}", Update).WithSummary("Update an agreement; send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete an agreement that nothing refers to; its commitments go with it.");

        group.MapGet("/{id:int}/commitments", ListCommitments).WithSummary("The commitments of an agreement.");
        group.MapPost("/{id:int}/commitments", AddCommitment).WithSummary("Add a commitment to an agreement.");
        group.MapGet("/{id:int}/commitments/{commitmentId:int}", GetCommitment).WithSummary("Get one commitment with its progress notes.");
        group.MapPut("/{id:int}/commitments/{commitmentId:int}", UpdateCommitment).WithSummary("Update a commitment; send the version you read.");
        group.MapDelete("/{id:int}/commitments/{commitmentId:int}", DeleteCommitment).WithSummary("Remove a commitment.");
        group.MapPost("/{id:int}/commitments/{commitmentId:int}/notes", AddNote).WithSummary("Add a dated progress note to a commitment.");
        return group;
    }

    public static AgreementRecord AsRecord(this Agreement a) => new()
    {
        Id = a.Id, Version = a.Version, Title = a.Title, Kind = a.Kind, SignedOn = a.SignedOn, Status = a.Status, ExpiresOn = a.ExpiresOn,
        Areas = [.. a.Areas.Order()], EngagementId = a.EngagementId, Notes = a.Notes,
        Parties = [.. a.Parties.Select(p => p.OrganizationId).Order()],
        Signatories = [.. a.Signatories.OrderBy(s => s.PersonId).Select(s => new SignatoryInput { PersonId = s.PersonId, Title = s.Title, OrganizationId = s.OrganizationId })],
        Commitments = [.. a.Commitments.OrderBy(c => c.Id).Select(AsRecord)],
    };

    public static CommitmentRecord AsRecord(this Commitment c) => new()
    {
        Id = c.Id, Version = c.Version, Text = c.Text, OwnerOrganizationId = c.OwnerOrganizationId, Due = c.Due, Status = c.Status,
        Notes = [.. c.Notes.OrderBy(n => n.Date).ThenBy(n => n.Id).Select(n => new ProgressNoteRecord { Id = n.Id, Date = n.Date, Text = n.Text })],
    };

    public static void ApplyTo(this AgreementRecord input, Agreement a)
    {
        a.Title = input.Title.Trim();
        a.Kind = input.Kind;
        a.SignedOn = PartialDate.Canonical(input.SignedOn);
        a.Status = input.Status;
        a.ExpiresOn = PartialDate.Canonical(input.ExpiresOn);
        a.Areas = [.. input.Areas.Distinct()];
        a.EngagementId = input.EngagementId;
        a.Notes = input.Notes;
        a.Parties.RemoveAll(p => !input.Parties.Contains(p.OrganizationId));
        foreach (var id in input.Parties.Distinct().Where(id => a.Parties.All(p => p.OrganizationId != id)))
            a.Parties.Add(new AgreementParty { OrganizationId = id });
        a.Signatories.RemoveAll(s => input.Signatories.All(i => i.PersonId != s.PersonId));
        foreach (var signatory in input.Signatories)
        {
            var target = a.Signatories.FirstOrDefault(s => s.PersonId == signatory.PersonId);
            if (target is null) a.Signatories.Add(target = new Signatory { PersonId = signatory.PersonId });
            target.Title = signatory.Title;
            target.OrganizationId = signatory.OrganizationId;
        }
        if (input.Commitments is null) return;
        a.Commitments.RemoveAll(existing => input.Commitments.All(i => i.Id != existing.Id));
        foreach (var commitment in input.Commitments)
        {
            var target = commitment.Id is { } id ? a.Commitments.FirstOrDefault(c => c.Id == id) : null;
            if (target is null) a.Commitments.Add(target = new Commitment { Text = commitment.Text, Id = commitment.Id ?? 0, Version = commitment.Version ?? 0 });
            commitment.ApplyTo(target);
        }
    }

    public static void ApplyTo(this CommitmentRecord input, Commitment c)
    {
        c.Text = input.Text.Trim();
        c.OwnerOrganizationId = input.OwnerOrganizationId;
        c.Due = PartialDate.Canonical(input.Due);
        c.Status = input.Status;
        c.Notes.RemoveAll(existing => input.Notes.All(i => i.Id != existing.Id));
        foreach (var note in input.Notes)
        {
            var target = note.Id is { } id ? c.Notes.FirstOrDefault(n => n.Id == id) : null;
            if (target is null) c.Notes.Add(target = new ProgressNote { Text = note.Text, Id = note.Id ?? 0 });
            target.Date = note.Date;
            target.Text = note.Text.Trim();
        }
    }

    private static IQueryable<Agreement> Whole(this IQueryable<Agreement> agreements) =>
        agreements.Include(a => a.Parties).Include(a => a.Signatories).Include(a => a.Commitments).ThenInclude(c => c.Notes).AsSplitQuery();

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Agreement> Matching(AmityDb db, ListQuery query, AgreementKind? kind)
    {
        var agreements = db.Agreements.AsNoTracking();
        if (query.Text is { } q)
            agreements = agreements.Where(a => a.Title.ToLower().Contains(q) || (a.Notes != null && a.Notes.ToLower().Contains(q)) || a.Commitments.Any(c => c.Text.ToLower().Contains(q)));
        if (kind is not null) agreements = agreements.Where(a => a.Kind == kind);
        if (query.Organization is { } org) agreements = agreements.Where(a => a.Parties.Any(p => p.OrganizationId == org));
        if (query.Person is { } person) agreements = agreements.Where(a => a.Signatories.Any(s => s.PersonId == person));
        agreements = agreements.Within(a => a.SignedOn, query.From, query.To);
        return agreements;
    }

    public static async Task<Results<Ok<Page<AgreementRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        var kind = query.KindAs<AgreementKind>(errors);
        if (errors.Any) return Problems.Invalid(errors);

        var agreements = Matching(db, query, kind);

        var total = await agreements.CountAsync(ct);
        var items = await agreements.OrderByDescending(a => a.SignedOn).ThenByDescending(a => a.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).Whole().ToListAsync(ct);
        return TypedResults.Ok(new Page<AgreementRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<AgreementRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Whole().FirstOrDefaultAsync(a => a.Id == id, ct);
        return agreement is null ? Problems.NotFound("agreement", id) : TypedResults.Ok(agreement.AsRecord());
    }

    public static async Task<Results<Created<AgreementRecord>, ValidationProblem>> Create(AgreementRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, null, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var agreement = new Agreement { Title = input.Title };
        input.ApplyTo(agreement);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/agreements/{agreement.Id}", agreement.AsRecord());
    }

    public static async Task<Results<Ok<AgreementRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, AgreementRecord input, AmityDb db, CancellationToken ct)
    {
        var agreement = await db.Agreements.Whole().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return Problems.NotFound("agreement", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, agreement, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (agreement.Version != input.Version) return Problems.Stale("Agreement", id, input.Version!.Value, agreement.Version);

        input.ApplyTo(agreement);
        if (await Saving.SaveUpdateAsync(db, agreement, "Agreement", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(agreement.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Agreement>(db, id, "Agreement", ct);

    public static async Task<Results<Ok<List<CommitmentRecord>>, ProblemHttpResult>> ListCommitments(int id, AmityDb db, CancellationToken ct)
    {
        if (!await db.Agreements.AnyAsync(a => a.Id == id, ct)) return Problems.NotFound("agreement", id);
        var commitments = await db.Commitments.AsNoTracking().Include(c => c.Notes).Where(c => c.AgreementId == id).OrderBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(commitments.Select(AsRecord).ToList());
    }

    public static async Task<Results<Ok<CommitmentRecord>, ProblemHttpResult>> GetCommitment(int id, int commitmentId, AmityDb db, CancellationToken ct)
    {
        var commitment = await db.Commitments.AsNoTracking().Include(c => c.Notes).FirstOrDefaultAsync(c => c.Id == commitmentId && c.AgreementId == id, ct);
        return commitment is null ? Problems.NotFound("commitment", commitmentId) : TypedResults.Ok(commitment.AsRecord());
    }

    public static async Task<Results<Created<CommitmentRecord>, ValidationProblem, ProblemHttpResult>> AddCommitment(int id, CommitmentRecord input, AmityDb db, CancellationToken ct)
    {
        if (!await db.Agreements.AnyAsync(a => a.Id == id, ct)) return Problems.NotFound("agreement", id);
        var errors = Problems.ForCreate(input, input.Id);
        await References.CheckAsync<Organization>(db, errors, "ownerOrganizationId", input.OwnerOrganizationId, "organization", ct);
        if (errors.Any) return Problems.Invalid(errors);
        var commitment = new Commitment { AgreementId = id, Text = input.Text };
        input.ApplyTo(commitment);
        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/agreements/{id}/commitments/{commitment.Id}", commitment.AsRecord());
    }

    public static async Task<Results<Ok<CommitmentRecord>, ValidationProblem, ProblemHttpResult>> UpdateCommitment(int id, int commitmentId, CommitmentRecord input, AmityDb db, CancellationToken ct)
    {
        var commitment = await db.Commitments.Include(c => c.Notes).FirstOrDefaultAsync(c => c.Id == commitmentId && c.AgreementId == id, ct);
        if (commitment is null) return Problems.NotFound("commitment", commitmentId);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, commitmentId);
        await References.CheckAsync<Organization>(db, errors, "ownerOrganizationId", input.OwnerOrganizationId, "organization", ct);
        for (var i = 0; i < input.Notes.Count; i++)
            if (input.Notes[i].Id is { } noteId && commitment.Notes.All(n => n.Id != noteId)) errors.Add($"notes[{i}].id", $"this commitment has no note {noteId}");
        if (errors.Any) return Problems.Invalid(errors);
        if (commitment.Version != input.Version) return Problems.Stale("Commitment", commitmentId, input.Version!.Value, commitment.Version);

        input.ApplyTo(commitment);
        if (await Saving.SaveUpdateAsync(db, commitment, "Commitment", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(commitment.AsRecord());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteCommitment(int id, int commitmentId, AmityDb db, CancellationToken ct)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == commitmentId && c.AgreementId == id, ct);
        if (commitment is null) return Problems.NotFound("commitment", commitmentId);
        db.Commitments.Remove(commitment);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<CommitmentRecord>, ValidationProblem, ProblemHttpResult>> AddNote(int id, int commitmentId, ProgressNoteRecord input, AmityDb db, CancellationToken ct)
    {
        var commitment = await db.Commitments.Include(c => c.Notes).FirstOrDefaultAsync(c => c.Id == commitmentId && c.AgreementId == id, ct);
        if (commitment is null) return Problems.NotFound("commitment", commitmentId);
        var errors = Problems.ForCreate(input, input.Id);
        if (errors.Any) return Problems.Invalid(errors);
        commitment.Notes.Add(new ProgressNote { Date = input.Date, Text = input.Text.Trim() });
        db.ExpectVersion(commitment, commitment.Version);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/agreements/{id}/commitments/{commitmentId}", commitment.AsRecord());
    }

    private static async Task<Errors> CheckAsync(AmityDb db, AgreementRecord input, Agreement? existing, CancellationToken ct)
    {
        var errors = new Errors();
        await References.CheckAllAsync<Organization>(db, errors, "parties", input.Parties, "organization", ct);
        await References.CheckAllAsync<Person>(db, errors, "signatories", [.. input.Signatories.Select(s => s.PersonId)], "person", ct);
        for (var i = 0; i < input.Signatories.Count; i++)
            await References.CheckAsync<Organization>(db, errors, $"signatories[{i}].organizationId", input.Signatories[i].OrganizationId, "organization", ct);
        await References.CheckAsync<Engagement>(db, errors, "engagementId", input.EngagementId, "engagement", ct);
        for (var i = 0; i < (input.Commitments?.Count ?? 0); i++)
        {
            var commitment = input.Commitments![i];
            await References.CheckAsync<Organization>(db, errors, $"commitments[{i}].ownerOrganizationId", commitment.OwnerOrganizationId, "organization", ct);
            if (commitment.Id is { } cid && existing?.Commitments.All(c => c.Id != cid) != false)
                errors.Add($"commitments[{i}].id", $"this agreement has no commitment {cid}; leave the id out for a new one");
        }
        if (PartialDate.TryParse(input.SignedOn, out var signed) && PartialDate.TryParse(input.ExpiresOn, out var expires) && expires.Last < signed.First)
            errors.Add("expiresOn", "must not be before 'signedOn'");
        return errors;
    }
}
