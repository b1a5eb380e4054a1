using System.Linq.Expressions;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Invitations;

/// <summary>An invitation in words: who invited whom to what, and whether it still waits for an answer.</summary>
public sealed record InvitationSummary(int Id, int? FromPersonId, string? FromPerson, int? FromOrganizationId, string? FromOrganization,
    int? ToPersonId, string? ToPerson, int? ToOrganizationId, string? ToOrganization,
    string What, int? EventId, string? EventDate, int? EngagementId, string? GivenOn, string? RespondBy, InvitationAnswer Answer, bool Fulfilled)
{
    public string From => FromPerson ?? FromOrganization ?? "";
    public string To => ToPerson ?? ToOrganization ?? "";

    public static async Task<List<InvitationSummary>> QueryAsync(AmityDb db, Expression<Func<Invitation, bool>> which, CancellationToken ct)
    {
        return await db.Invitations.AsNoTracking().Where(which).SoonestToAnswerFirst()
            .Select(i => new InvitationSummary(i.Id, i.FromPersonId, i.FromPerson!.Name, i.FromOrganizationId, i.FromOrganization!.Name,
                i.ToPersonId, i.ToPerson!.Name, i.ToOrganizationId, i.ToOrganization!.Name,
                i.Event != null ? i.Event.Name : i.Engagement != null ? (i.Engagement.Title ?? i.Subject ?? "") : (i.Subject ?? ""),
                i.EventId, i.Event!.Date, i.EngagementId, i.GivenOn, i.RespondBy, i.Answer, i.Fulfilled))
            .ToListAsync(ct);
    }
}
