using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Partners;

public sealed class RelationshipsModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage
{
    public override string Title => t["Relationships"];
    public override string NewHref => "/relationships/new";
    public override string ExportName => "relationships";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<RelationshipKind>(t);

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["Parties", "Kind", "Since", "Age", "Status"];
        var kind = query.KindAs<RelationshipKind>(Problems);
        if (Problems.Any) return [];
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var ids = await RelationshipsApi.Matching(db, query, kind).Select(r => r.Id).ToListAsync(ct);
        var views = await RelationshipView.QueryAsync(db, r => ids.Contains(r.Id), tree, clock.Date(), ct);
        return [.. views.Select(r => new ListRow($"/relationships/{r.Id}/edit",
            [string.Join(" · ", r.Parties.Select(p => p.Name)), t[Show.Words(r.Kind)], Show.Date(r.Since), r.Age is { } a ? t["{0} years", a] : "", t[Show.Words(r.Status)]]))];
    }
}
