using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.People;

public sealed class EditModel(AmityDb db, IStringLocalizer<Text> t) : FormPage
{
    public sealed class Form
    {
        public string? Name { get; set; }
        public string? NativeName { get; set; }
        public string? Aliases { get; set; }
        public string? Notes { get; set; }
        public List<PostForm> Positions { get; set; } = [];
        public int? Version { get; set; }
    }

    public sealed class PostForm
    {
        public int? Id { get; set; }
        public string? Title { get; set; }
        public int? OrganizationId { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        /// <summary>An unused row, or a post whose title was cleared to remove it.</summary>
        public bool IsBlank => string.IsNullOrWhiteSpace(Title) && (Id is not null || (OrganizationId is null && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To)));
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? organization, CancellationToken ct)
    {
        if (Id is { } id)
        {
            var p = await db.People.AsNoTracking().Include(x => x.Positions).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null) return NotFound();
            Input = new Form
            {
                Name = p.Name, NativeName = p.NativeName, Aliases = string.Join("\n", p.Aliases), Notes = p.Notes, Version = p.Version,
                Positions = [.. PeopleApi.Chronological(p.Positions).Select(x => new PostForm { Id = x.Id, Title = x.Title, OrganizationId = x.OrganizationId, From = x.From, To = x.To })],
            };
        }
        else if (organization is not null) Input.Positions.Add(new PostForm { OrganizationId = organization });
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field the form could not read (a number that is no number, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await InvalidAsync(ct);
        var kept = Kept(Input.Positions, p => !p.IsBlank);
        var record = new PersonRecord
        {
            Name = Input.Name ?? "", NativeName = Blank(Input.NativeName), Aliases = Lines(Input.Aliases), Notes = Blank(Input.Notes), Version = Input.Version,
            Positions = [.. kept.Select(i => Input.Positions[i]).Select(p => new PositionRecord
            {
                Id = p.Id, Title = p.Title ?? "", OrganizationId = p.OrganizationId, From = Blank(p.From), To = Blank(p.To),
            })],
        };
        var result = Id is { } id ? (await PeopleApi.Update(id, record, db, ct)).Result : (await PeopleApi.Create(record, db, ct)).Result;
        if (!Absorb(result, Rows("positions", kept, Joined("aliases"))))
        {
            var saved = result is Created<PersonRecord> created ? created.Value! : ((Ok<PersonRecord>)result).Value!;
            Saved(t["Saved {0}.", saved.Name]);
            return Redirect($"/people/{saved.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        if (!Absorb((await PeopleApi.Delete(id, db, ct)).Result))
        {
            Saved(t["Deleted {0}.", Input.Name ?? ""]);
            return Redirect("/people");
        }
        await LoadAsync(ct);
        return Page();
    }

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Organizations = await Choices.OrganizationsAsync(db, Input.Positions.Select(p => p.OrganizationId), ct);
        while (Input.Positions.Count(p => p.IsBlank) < 2) Input.Positions.Add(new PostForm());
    }
}
