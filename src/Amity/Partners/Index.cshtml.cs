using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Partners;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage
{
    public override string Title => t["Partners"];
    public override string NewHref => "/partners/new";
    public override string ExportName => "partners";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<OrganizationKind>(t);
    public override bool HasDates => false;

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["Name", "Kind", "Country", "Part of", "Other names"];
        var kind = query.KindAs<OrganizationKind>(Problems);
        if (Problems.Any) return [];
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var rows = await OrganizationsApi.Matching(db, query, kind).Select(o => new { o.Id, o.Name, o.Kind, o.Country, o.ParentId, o.Aliases }).ToListAsync(ct);
        return [.. rows.OrderBy(o => o.Name, Names.Comparer)
            .Select(o => new ListRow($"/partners/{o.Id}", [o.Name, t[Show.Words(o.Kind)], o.Country ?? "", tree.Name(o.ParentId), string.Join(", ", o.Aliases)]))];
    }
}
