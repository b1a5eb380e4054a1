using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Invitations;

/// <summary>An invitation is read and edited on one page: it has few fields, and answering it is the usual reason to open it.</summary>
public sealed class EditModel(AmityDb db, IStringLocalizer<Text> t) : FormPage
{
    public sealed class Form
    {
        public int? FromPersonId { get; set; }
        public int? FromOrganizationId { get; set; }
        public int? ToPersonId { get; set; }
        public int? ToOrganizationId { get; set; }
        public string? Subject { get; set; }
        public int? EventId { get; set; }
        public int? EngagementId { get; set; }
        public string? GivenOn { get; set; }
        public string? RespondBy { get; set; }
        public InvitationAnswer Answer { get; set; }
        public bool Fulfilled { get; set; }
        public string? Notes { get; set; }
        public int? Version { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Organizations { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];
    public List<SelectListItem> Events { get; private set; } = [];
    public List<SelectListItem> Engagements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var i = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (i is null) return NotFound();
            Input = new Form
            {
                FromPersonId = i.FromPersonId, FromOrganizationId = i.FromOrganizationId, ToPersonId = i.ToPersonId, ToOrganizationId = i.ToOrganizationId,
                Subject = i.Subject, EventId = i.EventId, EngagementId = i.EngagementId, GivenOn = i.GivenOn, RespondBy = i.RespondBy, Answer = i.Answer,
                Fulfilled = i.Fulfilled, Notes = i.Notes, Version = i.Version,
            };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field the form could not read (a number that is no number, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await InvalidAsync(ct);
        var record = new InvitationRecord
        {
            FromPersonId = Input.FromPersonId, FromOrganizationId = Input.FromOrganizationId, ToPersonId = Input.ToPersonId, ToOrganizationId = Input.ToOrganizationId,
            Subject = Blank(Input.Subject), EventId = Input.EventId, EngagementId = Input.EngagementId, GivenOn = Blank(Input.GivenOn), RespondBy = Blank(Input.RespondBy),
            Answer = Input.Answer, Fulfilled = Input.Fulfilled, Notes = Blank(Input.Notes), Version = Input.Version,
        };
        var result = Id is { } id ? (await InvitationsApi.Update(id, record, db, ct)).Result : (await InvitationsApi.Create(record, db, ct)).Result;
        if (!Absorb(result))
        {
            Saved(t["Saved."]);
            return Redirect("/invitations");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        if (!Absorb((await InvitationsApi.Delete(id, db, ct)).Result))
        {
            Saved(t["Deleted."]);
            return Redirect("/invitations");
        }
        await LoadAsync(ct);
        return Page();
    }

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Organizations = await Choices.OrganizationsAsync(db, [Input.FromOrganizationId, Input.ToOrganizationId], ct);
        People = await Choices.PeopleAsync(db, [Input.FromPersonId, Input.ToPersonId], ct);
        Events = await Choices.EventsAsync(db, [Input.EventId], ct);
        Engagements = await Choices.EngagementsAsync(db, [Input.EngagementId], ct);
    }
}
