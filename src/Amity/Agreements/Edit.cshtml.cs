using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Agreements;

public sealed class EditModel(AmityDb db, IStringLocalizer<Text> t) : FormPage
{
    public sealed class Form
    {
        public string? Title { get; set; }
        public AgreementKind Kind { get; set; }
        public string? SignedOn { get; set; }
        public AgreementStatus Status { get; set; } = AgreementStatus.Signed;
        public string? ExpiresOn { get; set; }
        public List<Area> Areas { get; set; } = [];
        public int? EngagementId { get; set; }
        public string? Notes { get; set; }
        public List<int?> Parties { get; set; } = [];
        public List<SignatoryForm> Signatories { get; set; } = [];
        public List<CommitmentForm> Commitments { get; set; } = [];
        public int? Version { get; set; }
    }

    public sealed class SignatoryForm
    {
        public int? PersonId { get; set; }
        public string? Title { get; set; }
        public int? OrganizationId { get; set; }
    }

    public sealed class CommitmentForm
    {
        public int? Id { get; set; }
        public string? Text { get; set; }
        public int? OwnerOrganizationId { get; set; }
        public string? Due { get; set; }
        public CommitmentStatus Status { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Organizations { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];
    public List<SelectListItem> Engagements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? engagement, CancellationToken ct)
    {
        if (Id is { } id)
        {
            var a = await db.Agreements.AsNoTracking().Include(x => x.Parties).Include(x => x.Signatories).Include(x => x.Commitments).AsSplitQuery()
                .FirstOrDefaultAsync(x => x.Id == id, ct);
            if (a is null) return NotFound();
            Input = new Form
            {
                Title = a.Title, Kind = a.Kind, SignedOn = a.SignedOn, Status = a.Status, ExpiresOn = a.ExpiresOn, Areas = a.Areas, EngagementId = a.EngagementId,
                Notes = a.Notes, Version = a.Version, Parties = [.. a.Parties.Select(p => (int?)p.OrganizationId)],
                Signatories = [.. a.Signatories.Select(s => new SignatoryForm { PersonId = s.PersonId, Title = s.Title, OrganizationId = s.OrganizationId })],
                Commitments = [.. a.Commitments.OrderBy(c => c.Id).Select(c => new CommitmentForm { Id = c.Id, Text = c.Text, OwnerOrganizationId = c.OwnerOrganizationId, Due = c.Due, Status = c.Status })],
            };
        }
        else Input.EngagementId = engagement;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field the form could not read (a number that is no number, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await InvalidAsync(ct);
        var signatories = Kept(Input.Signatories, s => s.PersonId is not null);
        // A commitment whose text is cleared is removed; a blank row is unused.
        var commitments = Kept(Input.Commitments, c => !string.IsNullOrWhiteSpace(c.Text) || (c.Id is null && (c.Due is { Length: > 0 } || c.OwnerOrganizationId is not null)));
        // The page edits commitments, not their progress notes: those stay as they are.
        var notes = Id is { } agreementId
            ? (await db.Commitments.AsNoTracking().Where(c => c.AgreementId == agreementId).Include(c => c.Notes).ToListAsync(ct))
                .ToDictionary(c => c.Id, c => c.Notes.Select(n => new ProgressNoteRecord { Id = n.Id, Date = n.Date, Text = n.Text }).ToList())
            : [];
        var record = new AgreementRecord
        {
            Title = Input.Title ?? "", Kind = Input.Kind, SignedOn = Blank(Input.SignedOn), Status = Input.Status, ExpiresOn = Blank(Input.ExpiresOn),
            Areas = Input.Areas, EngagementId = Input.EngagementId, Notes = Blank(Input.Notes), Version = Input.Version,
            Parties = [.. Input.Parties.Where(p => p is not null).Select(p => p!.Value)],
            Signatories = [.. signatories.Select(i => Input.Signatories[i]).Select(s => new SignatoryInput { PersonId = s.PersonId!.Value, Title = Blank(s.Title), OrganizationId = s.OrganizationId })],
            Commitments = [.. commitments.Select(i => Input.Commitments[i]).Select(c => new CommitmentRecord
            {
                Id = c.Id, Text = c.Text ?? "", OwnerOrganizationId = c.OwnerOrganizationId, Due = Blank(c.Due), Status = c.Status,
                Notes = c.Id is { } cid && notes.TryGetValue(cid, out var kept) ? kept : [],
            })],
        };
        var result = Id is { } id ? (await AgreementsApi.Update(id, record, db, ct)).Result : (await AgreementsApi.Create(record, db, ct)).Result;
        var key = Rows("signatories", signatories, Rows("commitments", commitments, f =>
            f.StartsWith("signatories[", StringComparison.Ordinal) && f.EndsWith(']') ? FormKey(f + ".personId") : Joined("parties")(f)));
        if (!Absorb(result, key))
        {
            var saved = result is Created<AgreementRecord> created ? created.Value! : ((Ok<AgreementRecord>)result).Value!;
            Saved(t["Saved."]);
            return Redirect($"/agreements/{saved.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        if (!Absorb((await AgreementsApi.Delete(id, db, ct)).Result))
        {
            Saved(t["Deleted."]);
            return Redirect("/agreements");
        }
        await LoadAsync(ct);
        return Page();
    }

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Organizations = await Choices.OrganizationsAsync(db,
            Input.Parties.Concat(Input.Signatories.Select(s => s.OrganizationId)).Concat(Input.Commitments.Select(c => c.OwnerOrganizationId)), ct);
        People = await Choices.PeopleAsync(db, Input.Signatories.Select(s => s.PersonId), ct);
        Engagements = await Choices.EngagementsAsync(db, [Input.EngagementId], ct);
        while (Input.Parties.Count(p => p is null) < 2 || Input.Parties.Count < 2) Input.Parties.Add(null);
        while (Input.Signatories.Count(s => s.PersonId is null) < 2) Input.Signatories.Add(new SignatoryForm());
        while (Input.Commitments.Count(c => c.Id is null && string.IsNullOrWhiteSpace(c.Text)) < 3) Input.Commitments.Add(new CommitmentForm());
    }
}
