using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Engagements;

/// <summary>
/// "The first visit by a Party Secretary of Liaoning Province in 11 years": for each visitor to a host organization,
/// the last time someone with the same title from the same organization was received there, from the records alone.
/// </summary>
public static class FirstVisits
{
    public sealed record Visitor(int PersonId, string? Title, int? OrganizationId, ParticipantRole Role);
    public sealed record Visit(int EngagementId, string Date, int? HostOrganizationId, IReadOnlyList<Visitor> Participants);
    public sealed record Finding(int PersonId, string Title, int OrganizationId, int Years, int PreviousEngagementId);

    /// <summary>Gaps shorter than this are ordinary traffic, not news.</summary>
    public const int MinimumYears = 2;

    public static IReadOnlyList<Finding> Find(Visit visit, IEnumerable<Visit> history)
    {
        if (visit.HostOrganizationId is not { } host || !PartialDate.TryParse(visit.Date, out var date)) return [];
        var earlier = history
            .Where(v => v.EngagementId != visit.EngagementId && v.HostOrganizationId == host)
            .Select(v => (Visit: v, Date: PartialDate.TryParse(v.Date, out var d) ? d : (PartialDate?)null))
            .Where(v => v.Date is { } d && d.Last < date.First)
            .ToList();
        var findings = new List<Finding>();
        foreach (var visitor in Visitors(visit, host))
        {
            var previous = earlier
                .Where(v => Visitors(v.Visit, host).Any(o => o.OrganizationId == visitor.OrganizationId && SameTitle(o.Title, visitor.Title)))
                .OrderByDescending(v => v.Date!.Value).Select(v => v.Visit).FirstOrDefault();
            if (previous is null) continue;
            var years = YearsBetween(PartialDate.Parse(previous.Date).First, date.First);
            if (years >= MinimumYears)
                findings.Add(new Finding(visitor.PersonId, visitor.Title!, visitor.OrganizationId!.Value, years, previous.EngagementId));
        }
        return findings;
    }

    /// <summary>The guests from elsewhere whose title and organization are known: the ones a visit can be "by".</summary>
    public static IEnumerable<Visitor> Visitors(Visit visit, int host) =>
        visit.Participants.Where(p => p.Role != ParticipantRole.Host && p.OrganizationId is { } o && o != host && !string.IsNullOrWhiteSpace(p.Title));

    private static bool SameTitle(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    public static int YearsBetween(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (to < from.AddYears(years)) years--;
        return years;
    }
}

public static class FirstVisitsQuery
{
    /// <summary>
    /// The findings for one engagement, from the engagements its host organization hosted with someone from one of its
    /// visitors' organizations: only those can be an earlier visit (a busy host has hosted thousands of others).
    /// </summary>
    public static async Task<IReadOnlyList<FirstVisits.Finding>> ForAsync(AmityDb db, EngagementSummary engagement, CancellationToken ct)
    {
        if (engagement.HostOrganizationId is not { } host) return [];
        var visit = new FirstVisits.Visit(engagement.Id, engagement.Date, host,
            [.. engagement.Participants.Select(p => new FirstVisits.Visitor(p.PersonId, p.Title, p.OrganizationId, p.Role))]);
        List<int> from = [.. FirstVisits.Visitors(visit, host).Select(v => v.OrganizationId!.Value).Distinct()];
        if (from.Count == 0) return [];
        var withThem = db.Set<Participant>().Where(p => p.OrganizationId != null && EF.Parameter(from).Contains(p.OrganizationId.Value)).Select(p => p.EngagementId);
        var hosted = await db.Engagements.AsNoTracking().Where(e => e.HostOrganizationId == host && withThem.Contains(e.Id))
            .Select(e => new FirstVisits.Visit(e.Id, e.Date, e.HostOrganizationId,
                e.Participants.Select(p => new FirstVisits.Visitor(p.PersonId, p.Title, p.OrganizationId, p.Role)).ToList()))
            .ToListAsync(ct);
        return FirstVisits.Find(visit, hosted);
    }
}
