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
        var rows = await db.Agreements.AsNoTracking().Where(which)
            .Select(a => new
            {
                a.Id, a.Title, a.Kind, a.SignedOn, a.Status, a.EngagementId,
                Parties = a.Parties.Select(p => p.OrganizationId).ToList(),
                Signatories = a.Signatories.Select(s => new SignatorySummary(s.PersonId, s.Person!.Name, s.Person.NativeName, s.Title, s.OrganizationId)).ToList(),
                Commitments = a.Commitments.OrderBy(c => c.Id).Select(c => new
                {
                    c.Id, c.Text, c.Status, c.Due, c.OwnerOrganizationId,
                    // Two scalar subqueries on the commitment's notes: a whole-row "first note" became a ROW_NUMBER over every note (seconds at scale).
                    LastNoteDate = c.Notes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => (DateOnly?)n.Date).FirstOrDefault(),
                    LastNoteText = c.Notes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => n.Text).FirstOrDefault(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. rows
            .Select(a => new AgreementSummary(a.Id, a.Title, a.Kind, a.SignedOn, a.Status, a.EngagementId, a.Parties, a.Signatories,
                [.. a.Commitments.Select(c => new CommitmentSummary(c.Id, a.Id, a.Title, c.Text, c.Status, c.Due, c.OwnerOrganizationId, c.LastNoteDate, c.LastNoteText,
                    CommitmentHealth.IsOverdue(c.Status, c.Due, today), CommitmentHealth.IsStalled(c.Status, c.LastNoteDate, a.SignedOn, today)))]))
            .OrderByDescending(a => a.SignedOn ?? "").ThenByDescending(a => a.Id)];
    }
}

public sealed record SignatorySummary(int PersonId, string Name, string? NativeName, string? Title, int? OrganizationId);

public sealed record CommitmentSummary(int Id, int AgreementId, string AgreementTitle, string Text, CommitmentStatus Status, string? Due, int? OwnerOrganizationId,
    DateOnly? LastNote, string? LastNoteText, bool Overdue, bool Stalled)
{
    public bool IsOpen => CommitmentHealth.IsOpen(Status);
}
