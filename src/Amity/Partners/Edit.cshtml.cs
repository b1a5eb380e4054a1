using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Partners;

public sealed class EditModel(AmityDb db, IStringLocalizer<Text> t) : FormPage
{
    public sealed class Form
    {
        public string? Name { get; set; }
        public OrganizationKind Kind { get; set; } = OrganizationKind.Region;
        public int? ParentId { get; set; }
        public string? Country { get; set; }
        /// <summary>One per line or comma-separated.</summary>
        public string? Aliases { get; set; }
        public string? Notes { get; set; }
        public bool IsHome { get; set; }
        public int? Version { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var o = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (o is null) return NotFound();
            Input = new Form { Name = o.Name, Kind = o.Kind, ParentId = o.ParentId, Country = o.Country, Aliases = string.Join("\n", o.Aliases), Notes = o.Notes, IsHome = o.IsHome, Version = o.Version };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field the form could not read (a number that is no number, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await InvalidAsync(ct);
        var record = new OrganizationRecord
        {
            Name = Input.Name ?? "", Kind = Input.Kind, ParentId = Input.ParentId, Country = Blank(Input.Country), Aliases = Lines(Input.Aliases),
            Notes = Blank(Input.Notes), IsHome = Input.IsHome, Version = Input.Version,
        };
        var result = Id is { } id ? (await OrganizationsApi.Update(id, record, db, ct)).Result : (await OrganizationsApi.Create(record, db, ct)).Result;
        if (!Absorb(result, Joined("aliases")))
        {
            var saved = result is Created<OrganizationRecord> created ? created.Value! : ((Ok<OrganizationRecord>)result).Value!;
            Saved(t["Saved {0}.", saved.Name]);
            return Redirect($"/partners/{saved.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        var result = (await OrganizationsApi.Delete(id, db, ct)).Result;
        if (!Absorb(result))
        {
            Saved(t["Deleted {0}.", Input.Name ?? ""]);
            return Redirect("/partners");
        }
        await LoadAsync(ct);
        return Page();
    }

    protected override async Task LoadAsync(CancellationToken ct) =>
        Organizations = await Choices.OrganizationsAsync(db, [Input.ParentId], ct);
}
