using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Partners;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage<Organization>
{
    public override string Title => t["Partners"];
    public override string NewHref => "/partners/new";
    public override string ExportName => "partners";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<OrganizationKind>(t);
    public override bool HasDates => false;

    protected override IQueryable<Organization>? Matching(ListQuery query)
    {
        Headers = ["Name", "Kind", "Country", "Part of", "Other names"];
        var kind = query.KindAs<OrganizationKind>(Problems);
        return Problems.Any ? null : OrganizationsApi.Matching(db, query, kind);
    }

    // Names by their sort key (case and accents ignored, on an index), as Names.Comparer would order them.
    protected override IOrderedQueryable<Organization> Ordered(IQueryable<Organization> matching) => matching.OrderBy(o => o.SortKey).ThenBy(o => o.Id);

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var rows = await db.Organizations.AsNoTracking().Where(o => EF.Parameter(ids).Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Kind, o.Country, o.ParentId, o.Aliases }).ToListAsync(ct);
        var parent = await OrganizationNamesAsync(db, rows.Select(o => o.ParentId), ct);
        return [.. InOrder(rows, ids, o => o.Id)
            .Select(o => new ListRow($"/partners/{o.Id}", [o.Name, t[Show.Words(o.Kind)], o.Country ?? "", parent(o.ParentId), string.Join(", ", o.Aliases)]))];
    }
}
