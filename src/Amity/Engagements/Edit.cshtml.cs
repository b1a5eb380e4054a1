using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Engagements;

public sealed class EditModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : FormPage
{
    public sealed class Form
    {
        public EngagementKind Kind { get; set; } = EngagementKind.Meeting;
        public string? Title { get; set; }
        public string? Date { get; set; }
        public DateTime? StartsAt { get; set; }
        public string? TimeZone { get; set; }
        public string? Place { get; set; }
        public int? HostOrganizationId { get; set; }
        public string? Summary { get; set; }
        public string? NextSteps { get; set; }
        public List<ParticipantForm> Participants { get; set; } = [];
        public int? Version { get; set; }
    }

    public sealed class ParticipantForm
    {
        public int? PersonId { get; set; }
        public ParticipantRole Role { get; set; } = ParticipantRole.Attendee;
        public string? Title { get; set; }
        public int? OrganizationId { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Organizations { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? person, int? organization, CancellationToken ct)
    {
        if (Id is { } id)
        {
            var e = await db.Engagements.AsNoTracking().Include(x => x.Participants).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (e is null) return NotFound();
            Input = new Form
            {
                Kind = e.Kind, Title = e.Title, Date = e.Date, StartsAt = e.StartsAt, TimeZone = e.TimeZone, Place = e.Place, HostOrganizationId = e.HostOrganizationId,
                Summary = e.Summary, NextSteps = e.NextSteps, Version = e.Version,
                Participants = [.. e.Participants.OrderBy(p => p.Role).ThenBy(p => p.PersonId)
                    .Select(p => new ParticipantForm { PersonId = p.PersonId, Role = p.Role, Title = p.Title, OrganizationId = p.OrganizationId })],
            };
        }
        else
        {
            Input.Date = clock.Date().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Input.HostOrganizationId = await db.Organizations.Where(o => o.IsHome).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (person is not null) Input.Participants.Add(await ParticipantAsync(person.Value, ct));
            if (organization is not null && person is null)
                Input.Participants.Add(new ParticipantForm { OrganizationId = organization, Role = ParticipantRole.Guest });
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A new participant comes with the post they hold now, which the user may change for that day.</summary>
    private async Task<ParticipantForm> ParticipantAsync(int person, CancellationToken ct)
    {
        var post = (await db.People.AsNoTracking().Where(p => p.Id == person).SelectMany(p => p.Positions).ToListAsync(ct))
            .Where(p => p.To is null).OrderByDescending(p => p.From ?? "").FirstOrDefault();
        return new ParticipantForm { PersonId = person, Title = post?.Title, OrganizationId = post?.OrganizationId };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field the form could not read (a number that is no number, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await InvalidAsync(ct);
        var kept = Kept(Input.Participants, p => p.PersonId is not null);
        var record = new EngagementRecord
        {
            Kind = Input.Kind, Title = Blank(Input.Title), Date = Input.Date?.Trim() ?? "", StartsAt = Input.StartsAt, TimeZone = Blank(Input.TimeZone),
            Place = Blank(Input.Place), HostOrganizationId = Input.HostOrganizationId, Summary = Blank(Input.Summary), NextSteps = Blank(Input.NextSteps), Version = Input.Version,
            Participants = [.. kept.Select(i => Input.Participants[i]).Select(p => new ParticipantInput { PersonId = p.PersonId!.Value, Role = p.Role, Title = Blank(p.Title), OrganizationId = p.OrganizationId })],
        };
        var result = Id is { } id ? (await EngagementsApi.Update(id, record, db, ct)).Result : (await EngagementsApi.Create(record, db, ct)).Result;
        // "participants[1]" (a person listed twice) and "participants[1].organizationId" land on the row; a person id on its select.
        if (!Absorb(result, Rows("participants", kept, f => f.EndsWith(']') ? FormKey(f + ".personId") : FormKey(f))))
        {
            var saved = result is Created<EngagementRecord> created ? created.Value! : ((Ok<EngagementRecord>)result).Value!;
            Saved(t["Saved."]);
            return Redirect($"/engagements/{saved.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        if (!Absorb((await EngagementsApi.Delete(id, db, ct)).Result))
        {
            Saved(t["Deleted."]);
            return Redirect("/engagements");
        }
        await LoadAsync(ct);
        return Page();
    }

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Organizations = await Choices.OrganizationsAsync(db, Input.Participants.Select(p => p.OrganizationId).Append(Input.HostOrganizationId), ct);
        People = await Choices.PeopleAsync(db, Input.Participants.Select(p => p.PersonId), ct);
        while (Input.Participants.Count(p => p.PersonId is null) < 3) Input.Participants.Add(new ParticipantForm());
    }
}
