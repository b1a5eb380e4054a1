using Amity.Agreements;
using Amity.Data;
using Amity.Partners;
using Microsoft.EntityFrameworkCore;

namespace Amity.Reports;

/// <summary>Activity counted from the records: per year, per partner (with its institutions), and agreements per area of cooperation.</summary>
public sealed record ActivityReport(
    IReadOnlyList<ActivityReport.Row> PerYear,
    IReadOnlyList<ActivityReport.Row> PerPartner,
    IReadOnlyList<(string Area, int Agreements, int Commitments, int Done)> PerArea)
{
    public sealed record Row(string Label, int Engagements, int Agreements, int Events, string? Href = null)
    {
        public int Total => Engagements + Agreements + Events;
    }

    public static async Task<ActivityReport> LoadAsync(AmityDb db, CancellationToken ct)
    {
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var engagements = await db.Engagements.AsNoTracking()
            .Select(e => new { e.Date, Organizations = e.Participants.Where(p => p.OrganizationId != null).Select(p => p.OrganizationId!.Value).ToList(), e.HostOrganizationId })
            .ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking()
            .Select(a => new { a.SignedOn, a.Areas, Parties = a.Parties.Select(p => p.OrganizationId).ToList(),
                Commitments = a.Commitments.Select(c => c.Status).ToList() })
            .AsSplitQuery()
            .ToListAsync(ct);
        var events = await db.Events.AsNoTracking()
            .Select(e => new { e.Date, Organizations = e.Organizations.Select(o => o.OrganizationId).ToList() })
            .ToListAsync(ct);

        static int? Year(string? date) => PartialDate.TryParse(date, out var d) ? d.Year : null;
        var years = engagements.Select(e => Year(e.Date)).Concat(agreements.Select(a => Year(a.SignedOn))).Concat(events.Select(e => Year(e.Date)))
            .OfType<int>().Distinct().Order().ToList();
        var perYear = years.Select(y => new Row(y.ToString(System.Globalization.CultureInfo.InvariantCulture),
            engagements.Count(e => Year(e.Date) == y), agreements.Count(a => Year(a.SignedOn) == y), events.Count(e => Year(e.Date) == y))).ToList();

        // Partners are the top-level organizations other than the home government; an institution's activity counts for its partner.
        var home = tree.Home?.Id;
        var perPartner = tree.All.Where(o => o.ParentId is null && o.Id != home)
            .Select(o =>
            {
                var family = tree.Family(o.Id).ToHashSet();
                return new Row(o.Name,
                    engagements.Count(e => e.Organizations.Any(family.Contains) || (e.HostOrganizationId is { } h && family.Contains(h))),
                    agreements.Count(a => a.Parties.Any(family.Contains)),
                    events.Count(e => e.Organizations.Any(family.Contains)),
                    $"/partners/{o.Id}");
            })
            .Where(r => r.Total > 0).OrderByDescending(r => r.Total).ThenBy(r => r.Label, Shared.Names.Comparer).ToList();

        var perArea = Enum.GetValues<Area>()
            .Select(area => (Area: Shared.Show.Words(area), Matching: agreements.Where(a => a.Areas.Contains(area)).ToList()))
            .Where(x => x.Matching.Count > 0)
            .Select(x => (x.Area, x.Matching.Count, x.Matching.Sum(a => a.Commitments.Count), x.Matching.Sum(a => a.Commitments.Count(s => s == CommitmentStatus.Done))))
            .OrderByDescending(x => x.Item2).ToList();
        return new ActivityReport(perYear, perPartner, perArea);
    }
}
