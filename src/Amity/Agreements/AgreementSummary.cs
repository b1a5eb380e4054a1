using System.Linq.Expressions;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Agreements;

/// <summary>An agreement as partner pages, person pages, briefings and the dashboard show it: its commitments with their derived health.</summary>
public sealed record AgreementSummary(int Id, string Title, AgreementKind Kind, string? SignedOn, AgreementStatus Status, int? EngagementId,
    IReadOnlyList<int> Parties, IReadOnlyList<SignatorySummary> Signatories, IReadOnlyList<CommitmentSummary> Commitments)
{
    public CommitmentHealth.Progress Progress => CommitmentHealth.Of(Commitments.Select(c => c.Status));

    public static async Task<List<AgreementSummary>> QueryAsync(AmityDb db, Expression<Func<Agreement, bool>> which, DateOnly today, CancellationToken ct)
    {
        var matching = db.Agreements.AsNoTracking().Where(which);
        var rows = await matching.Select(a => new { a.Id, a.Title, a.Kind, a.SignedOn, a.Status, a.EngagementId }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        // Parties, signatories and commitments as three flat queries grouped here: as nested collections of one split query,
        // EF Core's shaper cost more than the SQL (about a third of the summary's CPU for the busiest partner's 36 agreements).
        var ids = matching.Select(a => a.Id);
        var parties = (await db.Set<AgreementParty>().Where(p => ids.Contains(p.AgreementId)).OrderBy(p => p.OrganizationId).Select(p => new { p.AgreementId, p.OrganizationId }).ToListAsync(ct))
            .ToLookup(p => p.AgreementId, p => p.OrganizationId);
        var signatories = (await db.Set<Signatory>().Where(s => ids.Contains(s.AgreementId)).OrderBy(s => s.PersonId)
                .Select(s => new { s.AgreementId, Summary = new SignatorySummary(s.PersonId, s.Person!.Name, s.Person.NativeName, s.Title, s.OrganizationId) })
                .ToListAsync(ct))
            .ToLookup(s => s.AgreementId, s => s.Summary);
        var commitments = (await CommitmentSummary.QueryAsync(db, c => ids.Contains(c.AgreementId), today, ct)).ToLookup(c => c.AgreementId);
        return [.. rows
            .Select(a => new AgreementSummary(a.Id, a.Title, a.Kind, a.SignedOn, a.Status, a.EngagementId, [.. parties[a.Id]], [.. signatories[a.Id]],
                [.. commitments[a.Id]]))
            .OrderByDescending(a => a.SignedOn ?? "").ThenByDescending(a => a.Id)];
    }
}

public sealed record SignatorySummary(int PersonId, string Name, string? NativeName, string? Title, int? OrganizationId);

public sealed record CommitmentSummary(int Id, int AgreementId, string AgreementTitle, string Text, CommitmentStatus Status, string? Due, int? OwnerOrganizationId,
    DateOnly? LastNote, string? LastNoteText, bool Overdue, bool Stalled)
{
    public bool IsOpen => CommitmentHealth.IsOpen(Status);

    /// <summary>The commitments chosen, by id, each with its agreement's title, its last progress note and its derived health.</summary>
    public static async Task<List<CommitmentSummary>> QueryAsync(AmityDb db, Expression<Func<Commitment, bool>> which, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Set<Commitment>().AsNoTracking().Where(which).OrderBy(c => c.Id)
            .Select(c => new
            {
                c.AgreementId, c.Agreement!.Title, c.Agreement.SignedOn, c.Id, c.Text, c.Status, c.Due, c.OwnerOrganizationId,
                // Two scalar subqueries on the commitment's notes: a whole-row "first note" became a ROW_NUMBER over every note (seconds at scale).
                LastNoteDate = c.Notes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => (DateOnly?)n.Date).FirstOrDefault(),
                LastNoteText = c.Notes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => n.Text).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(c => new CommitmentSummary(c.Id, c.AgreementId, c.Title, c.Text, c.Status, c.Due, c.OwnerOrganizationId, c.LastNoteDate, c.LastNoteText,
            CommitmentHealth.IsOverdue(c.Status, c.Due, today), CommitmentHealth.IsStalled(c.Status, c.LastNoteDate, c.SignedOn, today)))];
    }
}
