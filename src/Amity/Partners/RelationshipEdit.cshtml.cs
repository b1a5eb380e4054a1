using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Partners;

public sealed class RelationshipEditModel(AmityDb db, IStringLocalizer<Text> t) : FormPage
{
    public sealed class Form
    {
        public RelationshipKind Kind { get; set; }
        /// <summary>Party slots; empty ones are ignored.</summary>
        public List<int?> Parties { get; set; } = [];
        public string? Since { get; set; }
        public string? Until { get; set; }
        public RelationshipStatus Status { get; set; }
        public string? BasisDocument { get; set; }
        public string? CouncilApprovedOn { get; set; }
        public string? Notes { get; set; }
        public int? Version { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? organization, CancellationToken ct)
    {
        if (Id is { } id)
        {
            var r = await db.Relationships.AsNoTracking().Include(x => x.Parties).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (r is null) return NotFound();
            Input = new Form
            {
                Kind = r.Kind, Parties = [.. r.Parties.Select(p => (int?)p.OrganizationId)], Since = r.Since, Until = r.Until, Status = r.Status,
                BasisDocument = r.BasisDocument, CouncilApprovedOn = r.CouncilApprovedOn, Notes = r.Notes, Version = r.Version,
            };
        }
        else
        {
            var home = await db.Organizations.Where(o => o.IsHome).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            Input.Parties = [home, organization];
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field the form could not read (a number that is no number, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await InvalidAsync(ct);
        var record = new RelationshipRecord
        {
            Kind = Input.Kind, Parties = [.. Input.Parties.Where(p => p is not null).Select(p => p!.Value)], Since = Blank(Input.Since), Until = Blank(Input.Until),
            Status = Input.Status, BasisDocument = Blank(Input.BasisDocument), CouncilApprovedOn = Blank(Input.CouncilApprovedOn), Notes = Blank(Input.Notes), Version = Input.Version,
        };
        var result = Id is { } id ? (await RelationshipsApi.Update(id, record, db, ct)).Result : (await RelationshipsApi.Create(record, db, ct)).Result;
        if (!Absorb(result, Joined("parties")))
        {
            Saved(t["Saved."]);
            return Redirect("/relationships");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        if (!Absorb((await RelationshipsApi.Delete(id, db, ct)).Result))
        {
            Saved(t["Deleted."]);
            return Redirect("/relationships");
        }
        await LoadAsync(ct);
        return Page();
    }

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Organizations = await Choices.OrganizationsAsync(db, Input.Parties, ct);
        // Room for a third party (a tri-regional exchange) beside the two every relationship has.
        while (Input.Parties.Count < 3) Input.Parties.Add(null);
    }
}
