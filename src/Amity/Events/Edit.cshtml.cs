using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Events;

public sealed class EditModel(AmityDb db, IStringLocalizer<Text> t) : FormPage
{
    public sealed class Form
    {
        public string? Name { get; set; }
        public EventKind Kind { get; set; }
        public string? Date { get; set; }
        public DateTime? StartsAt { get; set; }
        public DateTime? EndsAt { get; set; }
        public string? TimeZone { get; set; }
        public string? Place { get; set; }
        public EventStatus Status { get; set; }
        public string? Outcome { get; set; }
        public List<OrganizationForm> Organizations { get; set; } = [];
        public int? Version { get; set; }
    }

    public sealed class OrganizationForm
    {
        public int? OrganizationId { get; set; }
        public EventRole Role { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var e = await db.Events.AsNoTracking().Include(x => x.Organizations).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (e is null) return NotFound();
            Input = new Form
            {
                Name = e.Name, Kind = e.Kind, Date = e.Date, StartsAt = e.StartsAt, EndsAt = e.EndsAt, TimeZone = e.TimeZone, Place = e.Place, Status = e.Status,
                Outcome = e.Outcome, Version = e.Version, Organizations = [.. e.Organizations.Select(o => new OrganizationForm { OrganizationId = o.OrganizationId, Role = o.Role })],
            };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field the form could not read (a number that is no number, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await InvalidAsync(ct);
        var kept = Kept(Input.Organizations, o => o.OrganizationId is not null);
        var record = new EventRecord
        {
            Name = Input.Name ?? "", Kind = Input.Kind, Date = Blank(Input.Date), StartsAt = Input.StartsAt, EndsAt = Input.EndsAt, TimeZone = Blank(Input.TimeZone),
            Place = Blank(Input.Place), Status = Input.Status, Outcome = Blank(Input.Outcome), Version = Input.Version,
            Organizations = [.. kept.Select(i => Input.Organizations[i]).Select(o => new EventOrganizationInput { OrganizationId = o.OrganizationId!.Value, Role = o.Role })],
        };
        var result = Id is { } id ? (await EventsApi.Update(id, record, db, ct)).Result : (await EventsApi.Create(record, db, ct)).Result;
        if (!Absorb(result, Rows("organizations", kept, f => f.EndsWith(']') ? FormKey(f + ".organizationId") : FormKey(f))))
        {
            var saved = result is Created<EventRecord> created ? created.Value! : ((Ok<EventRecord>)result).Value!;
            Saved(t["Saved {0}.", saved.Name]);
            return Redirect($"/events/{saved.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        if (!Absorb((await EventsApi.Delete(id, db, ct)).Result))
        {
            Saved(t["Deleted."]);
            return Redirect("/events");
        }
        await LoadAsync(ct);
        return Page();
    }

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Organizations = await Choices.OrganizationsAsync(db, Input.Organizations.Select(o => o.OrganizationId), ct);
        while (Input.Organizations.Count(o => o.OrganizationId is null) < 2) Input.Organizations.Add(new OrganizationForm());
    }
}
