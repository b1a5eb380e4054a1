using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Partners;
using Amity.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Invitations;

public sealed record InvitationRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    public int? FromPersonId { get; init; }
    public int? FromOrganizationId { get; init; }
    public int? ToPersonId { get; init; }
    public int? ToOrganizationId { get; init; }
    /// <summary>What it invites to, in words, when no event or engagement record holds it.</summary>
    [StringLength(Lengths.Name)] public string? Subject { get; init; }
    public int? EventId { get; init; }
    public int? EngagementId { get; init; }
    /// <summary>When the invitation was given.</summary>
    [PartialDate] public string? GivenOn { get; init; }
    [PartialDate] public string? RespondBy { get; init; }
    public InvitationAnswer Answer { get; init; }
    public bool Fulfilled { get; init; }
    [StringLength(Lengths.Text)] public string? Notes { get; init; }
    public int? Version { get; init; }
}

public static class InvitationsApi
{
    public static RouteGroupBuilder MapInvitations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/invitations").WithTags("Invitations");
        group.MapGet("/", List).WithSummary("List invitations, latest first: filter by text, answer (as kind), date given, organization and person (either side).");
        group.MapGet("/{id:int}", Get).WithSummary("Get one invitation.");
        group.MapPost("/", Create).WithSummary("Record an invitation given or received.");
        group.MapPut("/{id:int}", Update).WithSummary("Update an invitation (its answer, say); send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete an invitation that nothing refers to.");
        return group;
    }

    public static InvitationRecord AsRecord(this Invitation i) => new()
    {
        Id = i.Id, Version = i.Version, FromPersonId = i.FromPersonId, FromOrganizationId = i.FromOrganizationId, ToPersonId = i.ToPersonId,
        ToOrganizationId = i.ToOrganizationId, Subject = i.Subject, EventId = i.EventId, EngagementId = i.EngagementId, GivenOn = i.GivenOn,
        RespondBy = i.RespondBy, Answer = i.Answer, Fulfilled = i.Fulfilled, Notes = i.Notes,
    };

    public static void ApplyTo(this InvitationRecord input, Invitation i)
    {
        i.FromPersonId = input.FromPersonId;
        i.FromOrganizationId = input.FromOrganizationId;
        i.ToPersonId = input.ToPersonId;
        i.ToOrganizationId = input.ToOrganizationId;
        i.Subject = input.Subject;
        i.EventId = input.EventId;
        i.EngagementId = input.EngagementId;
        i.GivenOn = PartialDate.Canonical(input.GivenOn);
        i.RespondBy = PartialDate.Canonical(input.RespondBy);
        i.Answer = input.Answer;
        i.Fulfilled = input.Fulfilled;
        i.Notes = input.Notes;
    }

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Invitation> Matching(AmityDb db, ListQuery query, InvitationAnswer? answer)
    {
        var invitations = db.Invitations.AsNoTracking();
        if (query.Text is { } q)
            invitations = invitations.Where(i => (i.Subject != null && i.Subject.ToLower().Contains(q)) || (i.Event != null && i.Event.Name.ToLower().Contains(q))
                || (i.Notes != null && i.Notes.ToLower().Contains(q)));
        if (answer is not null) invitations = invitations.Where(i => i.Answer == answer);
        if (query.Organization is { } org) invitations = invitations.Where(i => i.FromOrganizationId == org || i.ToOrganizationId == org);
        if (query.Person is { } person) invitations = invitations.Where(i => i.FromPersonId == person || i.ToPersonId == person);
        invitations = invitations.Within(i => i.GivenOn, query.From, query.To);
        return invitations;
    }

    public static async Task<Results<Ok<Page<InvitationRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        var answer = query.KindAs<InvitationAnswer>(errors);
        if (errors.Any) return Problems.Invalid(errors);

        var invitations = Matching(db, query, answer);

        var total = await invitations.CountAsync(ct);
        var items = await invitations.OrderByDescending(i => i.GivenOn).ThenByDescending(i => i.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(ct);
        return TypedResults.Ok(new Page<InvitationRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<InvitationRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return invitation is null ? Problems.NotFound("invitation", id) : TypedResults.Ok(invitation.AsRecord());
    }

    public static async Task<Results<Created<InvitationRecord>, ValidationProblem>> Create(InvitationRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var invitation = new Invitation();
        input.ApplyTo(invitation);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/invitations/{invitation.Id}", invitation.AsRecord());
    }

    public static async Task<Results<Ok<InvitationRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, InvitationRecord input, AmityDb db, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null) return Problems.NotFound("invitation", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (invitation.Version != input.Version) return Problems.Stale("Invitation", id, input.Version!.Value, invitation.Version);

        input.ApplyTo(invitation);
        if (await Saving.SaveUpdateAsync(db, invitation, "Invitation", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(invitation.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Invitation>(db, id, "Invitation", ct);

    /// <summary>An invitation needs someone on each side and something it invites to.</summary>
    public static Errors CheckShape(InvitationRecord input)
    {
        var errors = new Errors();
        if (input.FromPersonId is null && input.FromOrganizationId is null) errors.Add("fromPersonId", "give who invited: fromPersonId, fromOrganizationId or both");
        if (input.ToPersonId is null && input.ToOrganizationId is null) errors.Add("toPersonId", "give who is invited: toPersonId, toOrganizationId or both");
        if (string.IsNullOrWhiteSpace(input.Subject) && input.EventId is null && input.EngagementId is null)
            errors.Add("subject", "give what it invites to: subject, eventId or engagementId");
        return errors;
    }

    private static async Task<Errors> CheckAsync(AmityDb db, InvitationRecord input, CancellationToken ct)
    {
        var errors = CheckShape(input);
        await References.CheckAsync<Person>(db, errors, "fromPersonId", input.FromPersonId, "person", ct);
        await References.CheckAsync<Organization>(db, errors, "fromOrganizationId", input.FromOrganizationId, "organization", ct);
        await References.CheckAsync<Person>(db, errors, "toPersonId", input.ToPersonId, "person", ct);
        await References.CheckAsync<Organization>(db, errors, "toOrganizationId", input.ToOrganizationId, "organization", ct);
        await References.CheckAsync<Event>(db, errors, "eventId", input.EventId, "event", ct);
        await References.CheckAsync<Engagement>(db, errors, "engagementId", input.EngagementId, "engagement", ct);
        return errors;
    }
}
