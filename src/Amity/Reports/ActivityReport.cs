using Amity.Agreements;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Reports;

/// <summary>Activity counted from the records: per year, per partner (with its institutions), and agreements per area of cooperation.</summary>
/// <remarks>
/// Counted in SQL: a national archive has a million engagements and tens of thousands of partners, and counting each partner's
/// share in memory took over 100 s at that size. Only the partners shown are read for their names.
/// </remarks>
public sealed record ActivityReport(
    IReadOnlyList<ActivityReport.Row> PerYear,
    IReadOnlyList<ActivityReport.Row> PerPartner,
    int Partners,
    IReadOnlyList<(string Area, int Agreements, int Commitments, int Done)> PerArea)
{
    /// <summary>The partners the page lists and charts, the most active first; the rest are counted.</summary>
    public const int PartnersShown = 50;

    public sealed record Row(string Label, int Engagements, int Agreements, int Events, string? Href = null)
    {
        public int Total => Engagements + Agreements + Events;
    }

    private sealed record Count(string Key, int Records);

    private sealed record PartnerCount(int Root, long Records);

    public static async Task<ActivityReport> LoadAsync(AmityDb db, CancellationToken ct)
    {
        // Partial dates are stored as canonical text that begins with the year.
        var engagementYears = await Tally(db.Engagements.GroupBy(e => e.Date.Substring(0, 4)).Select(g => new Count(g.Key, g.Count())), ct);
        var agreementYears = await Tally(db.Agreements.Where(a => a.SignedOn != null).GroupBy(a => a.SignedOn!.Substring(0, 4)).Select(g => new Count(g.Key, g.Count())), ct);
        var eventYears = await Tally(db.Events.Where(e => e.Date != null).GroupBy(e => e.Date!.Substring(0, 4)).Select(g => new Count(g.Key, g.Count())), ct);
        var perYear = engagementYears.Keys.Concat(agreementYears.Keys).Concat(eventYears.Keys).Distinct().Order(StringComparer.Ordinal)
            .Select(y => new Row(y, engagementYears.GetValueOrDefault(y), agreementYears.GetValueOrDefault(y), eventYears.GetValueOrDefault(y))).ToList();

        // Partners are the top-level organizations other than the home government; an institution's activity counts for its
        // partner, and a record touching several of one partner's institutions counts once.
        var engagements = await PerPartnerAsync(db, """
            SELECT p."EngagementId" AS "Record", r."Root" FROM "Participant" AS p JOIN roots AS r ON r."Id" = p."OrganizationId"
            UNION ALL
            SELECT e."Id", r."Root" FROM "Engagements" AS e JOIN roots AS r ON r."Id" = e."HostOrganizationId"
            """, ct);
        var agreements = await PerPartnerAsync(db, """
            SELECT p."AgreementId" AS "Record", r."Root" FROM "AgreementParty" AS p JOIN roots AS r ON r."Id" = p."OrganizationId"
            """, ct);
        var events = await PerPartnerAsync(db, """
            SELECT o."EventId" AS "Record", r."Root" FROM "EventOrganization" AS o JOIN roots AS r ON r."Id" = o."OrganizationId"
            """, ct);
        var active = engagements.Keys.Concat(agreements.Keys).Concat(events.Keys).Distinct()
            .Select(id => (Id: id, Engagements: engagements.GetValueOrDefault(id), Agreements: agreements.GetValueOrDefault(id), Events: events.GetValueOrDefault(id)))
            .ToList();
        // The names of the candidates for the last places too, so that ties are broken by name as the page shows them.
        var cutoff = active.Select(p => p.Engagements + p.Agreements + p.Events).OrderDescending().Skip(PartnersShown - 1).FirstOrDefault();
        List<int> candidates = [.. active.Where(p => p.Engagements + p.Agreements + p.Events >= cutoff).Select(p => p.Id)];
        var names = await db.Organizations.AsNoTracking().Where(o => EF.Parameter(candidates).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var perPartner = active.Where(p => names.ContainsKey(p.Id))
            .Select(p => new Row(names[p.Id], p.Engagements, p.Agreements, p.Events, $"/partners/{p.Id}"))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Label, Shared.Names.Comparer).Take(PartnersShown).ToList();

        // Areas are a list on each agreement: read with the agreement's commitment counts, a few numbers per agreement.
        var commitments = await db.Set<Commitment>().GroupBy(c => c.AgreementId)
            .Select(g => new { g.Key, All = g.Count(), Done = g.Count(c => c.Status == CommitmentStatus.Done) }).ToDictionaryAsync(g => g.Key, ct);
        var areas = await db.Agreements.AsNoTracking().Where(a => a.Areas.Count > 0).Select(a => new { a.Id, a.Areas }).ToListAsync(ct);
        var perArea = areas.SelectMany(a => a.Areas.Distinct().Select(area => (Area: area, a.Id)))
            .GroupBy(x => x.Area).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (Area: Shared.Show.Words(g.Key), Agreements: g.Count(),
                Commitments: g.Sum(x => commitments.TryGetValue(x.Id, out var c) ? c.All : 0), Done: g.Sum(x => commitments.TryGetValue(x.Id, out var c) ? c.Done : 0)))
            .ToList();
        return new ActivityReport(perYear, perPartner, active.Count, perArea);
    }

    private static async Task<Dictionary<string, int>> Tally(IQueryable<Count> counts, CancellationToken ct) =>
        (await counts.ToListAsync(ct)).Where(c => c.Key.Length == 4 && c.Key.All(char.IsAsciiDigit)).ToDictionary(c => c.Key, c => c.Records);

    /// <summary>
    /// Records per partner, from a query of (record, partner) pairs over <c>roots</c>: every organization with the top-level
    /// organization it belongs to, found by walking down from each partner. The same SQL runs on SQLite and PostgreSQL. The
    /// pairs are counted distinct per partner rather than made distinct first: a UNION of millions of pairs went through a
    /// temporary file on SQLite (17 s at N=5, against 2.3 s).
    /// </summary>
    private static async Task<Dictionary<int, int>> PerPartnerAsync(AmityDb db, string pairs, CancellationToken ct)
    {
        var sql = $"""
            WITH RECURSIVE roots("Id", "Root") AS (
                SELECT "Id", "Id" FROM "Organizations" WHERE "ParentId" IS NULL AND NOT "IsHome"
                UNION ALL
                SELECT o."Id", r."Root" FROM "Organizations" AS o JOIN roots AS r ON o."ParentId" = r."Id"
            )
            SELECT t."Root", COUNT(DISTINCT t."Record") AS "Records" FROM ({pairs}) AS t GROUP BY t."Root"
            """;
        return await db.Database.SqlQueryRaw<PartnerCount>(sql).ToDictionaryAsync(c => c.Root, c => (int)c.Records, ct);
    }
}
