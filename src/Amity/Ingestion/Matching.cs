using Amity.Data;
using Amity.Extraction;
using Amity.Partners;
using Microsoft.EntityFrameworkCore;

namespace Amity.Ingestion;

/// <summary>When a proposed record is one already on file. Plan and commit both use these, so they agree.</summary>
internal static class Matching
{
    /// <summary>The same kind of tie between the same set of organizations.</summary>
    public static async Task<int?> RelationshipAsync(AmityDb db, RelationshipKind kind, List<int> parties, CancellationToken ct)
    {
        if (parties.Count < 2) return null;
        var first = parties[0];
        var candidates = await db.Relationships.AsNoTracking().Include(r => r.Parties)
            .Where(r => r.Kind == kind && r.Parties.Any(p => p.OrganizationId == first)).ToListAsync(ct);
        return candidates.FirstOrDefault(r => r.Parties.Select(p => p.OrganizationId).ToHashSet().SetEquals(parties))?.Id;
    }

    /// <summary>Held on the same date (as precisely known) with at least half the same people.</summary>
    public static async Task<int?> EngagementAsync(AmityDb db, string? date, List<int> participants, CancellationToken ct)
    {
        if (date is null || participants.Count == 0) return null;
        // Only the shared participants of that day's engagements: at national scale a day has hundreds of engagements, and
        // reading each with all its participants was half of an ingestion's time outside its saves (profiled at N=5).
        var shared = await db.Engagements.AsNoTracking().Where(e => e.Date == date)
            .Join(db.Set<Engagements.Participant>().Where(p => EF.Parameter(participants).Contains(p.PersonId)), e => e.Id, p => p.EngagementId, (e, p) => e.Id)
            .ToListAsync(ct);
        return shared.CountBy(id => id).Where(e => e.Value * 2 >= participants.Count).Select(e => (int?)e.Key).Min();
    }

    /// <summary>Signed on the same date, with the same title or at least half the same signatories.</summary>
    public static async Task<int?> AgreementAsync(AmityDb db, string? title, string? date, List<int> signatories, CancellationToken ct)
    {
        if (date is null) return null;
        var candidates = await db.Agreements.AsNoTracking().Include(a => a.Signatories).Where(a => a.SignedOn == date).ToListAsync(ct);
        return candidates.FirstOrDefault(a =>
            (title is not null && Names.Same(a.Title, title))
            || (signatories.Count > 0 && a.Signatories.Count(s => signatories.Contains(s.PersonId)) * 2 >= signatories.Count))?.Id;
    }

    /// <summary>On the same date, under a name sharing most of its words (or holding all of a shorter name's words).</summary>
    public static async Task<int?> EventAsync(AmityDb db, string name, string? date, CancellationToken ct)
    {
        var candidates = await db.Events.AsNoTracking().Where(e => e.Date == date).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        return candidates.FirstOrDefault(e => SameOccasion(e.Name, name))?.Id;
    }

    /// <summary>Names that share most words both ways, or where one name holds (nearly) all of the other's words and half of its own are shared.</summary>
    public static bool SameOccasion(string a, string b)
    {
        var ab = Names.SharedContent(a, b);
        var ba = Names.SharedContent(b, a);
        return (ab >= 0.6 && ba >= 0.6) || (Math.Max(ab, ba) >= 0.9 && Math.Min(ab, ba) >= 0.4);
    }

    /// <summary>To the same person, given on the same date, to the same event or subject.</summary>
    public static async Task<int?> InvitationAsync(AmityDb db, int? to, string? date, string? @event, CancellationToken ct)
    {
        if (to is null) return null;
        var candidates = await db.Invitations.AsNoTracking().Where(i => i.ToPersonId == to && i.GivenOn == date)
            .Select(i => new { i.Id, i.Subject, Event = i.Event != null ? i.Event.Name : null }).ToListAsync(ct);
        return candidates.FirstOrDefault(i => Names.SharedContent(i.Event ?? i.Subject, @event) >= 0.5)?.Id;
    }
}
