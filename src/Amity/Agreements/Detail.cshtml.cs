using Amity.Data;
using Amity.Partners;
using Amity.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Agreements;

public sealed class DetailModel(AmityDb db, TimeProvider clock, IStringLocalizer<Text> t) : FormPage
{
    /// <summary>A dated progress note on one commitment, with the commitment's status as it now stands.</summary>
    public sealed class NoteForm
    {
        public int CommitmentId { get; set; }
        public int? Version { get; set; }
        public CommitmentStatus Status { get; set; }
        public DateOnly? Date { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty] public NoteForm Note { get; set; } = new();
    public AgreementSummary Agreement { get; private set; } = null!;
    public Agreement Record { get; private set; } = null!;
    public OrganizationTree Tree { get; private set; } = null!;
    public Dictionary<int, List<ProgressNote>> Notes { get; private set; } = [];
    public Dictionary<int, int> Versions { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public List<(int Id, string Title, DateOnly PublishedOn)> News { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(int id, CancellationToken ct)
    {
        var current = (await AgreementsApi.GetCommitment(id, Note.CommitmentId, db, ct)).Result;
        if (current is not Ok<CommitmentRecord> { Value: { } commitment }) return NotFound();
        // A form the page could not read (a date that is no date, a NUL character) is shown again before anything is written.
        if (!ModelState.IsValid) return await LoadAsync(id, ct) ? Page() : NotFound();
        var notes = commitment.Notes.ToList();
        if (!string.IsNullOrWhiteSpace(Note.Text) || Note.Date is not null)
            notes.Add(new ProgressNoteRecord { Date = Note.Date ?? clock.Date(), Text = Note.Text ?? "" });
        var record = commitment with { Status = Note.Status, Notes = notes, Version = Note.Version };
        var result = (await AgreementsApi.UpdateCommitment(id, Note.CommitmentId, record, db, ct)).Result;
        // The note is the last in the list the API checked; its fields are this form's.
        if (!Absorb(result, f => f.StartsWith("notes[", StringComparison.Ordinal) ? "Note." + char.ToUpperInvariant(f[(f.IndexOf('.') + 1)]) + f[(f.IndexOf('.') + 2)..] : ""))
        {
            Saved(t["Progress noted."]);
            return Redirect($"/agreements/{id}#commitment-{Note.CommitmentId}");
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Today = clock.Date();
        var agreement = (await AgreementSummary.QueryAsync(db, a => a.Id == id, Today, ct)).FirstOrDefault();
        var record = await db.Agreements.AsNoTracking().Include(a => a.Engagement).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null || record is null) return false;
        Agreement = agreement;
        Record = record;
        Tree = await OrganizationTree.LoadAsync(db, ct);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.AgreementId == id).Include(c => c.Notes).ToListAsync(ct);
        Notes = commitments.ToDictionary(c => c.Id, c => c.Notes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).ToList());
        Versions = commitments.ToDictionary(c => c.Id, c => c.Version);
        News = [.. (await db.Articles.AsNoTracking().Where(a => a.Links.Any(l => l.AgreementId == id)).OrderByDescending(a => a.PublishedOn)
            .Select(a => new { a.Id, a.Title, a.PublishedOn }).ToListAsync(ct)).Select(a => (a.Id, a.Title, a.PublishedOn))];
        return true;
    }
}
