using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Agreements;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage<Agreement>
{
    public override string Title => t["Agreements"];
    public override string NewHref => "/agreements/new";
    public override string ExportName => "agreements";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<AgreementKind>(t);

    protected override IQueryable<Agreement>? Matching(ListQuery query)
    {
        Headers = ["Agreement", "Signed", "Status", "Parties", "Commitments done"];
        var kind = query.KindAs<AgreementKind>(Problems);
        return Problems.Any ? null : AgreementsApi.Matching(db, query, kind);
    }

    // Latest signed first, those not yet signed (no date) last: spelt out, since SQLite and PostgreSQL put nulls at opposite ends.
    protected override IOrderedQueryable<Agreement> Ordered(IQueryable<Agreement> matching) => matching.OrderByDescending(a => a.SignedOn ?? "").ThenByDescending(a => a.Id);

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var agreements = await AgreementSummary.QueryAsync(db, a => EF.Parameter(ids).Contains(a.Id), clock.Date(), ct);
        var party = await OrganizationNamesAsync(db, agreements.SelectMany(a => a.Parties.Select(p => (int?)p)), ct);
        return [.. InOrder(agreements, ids, a => a.Id).Select(a => new ListRow($"/agreements/{a.Id}",
            [a.Title, Show.Date(a.SignedOn), t[Show.Words(a.Status)], string.Join(", ", a.Parties.Select(p => party(p))), $"{a.Progress.Done}/{a.Progress.Total}"]))];
    }
}
