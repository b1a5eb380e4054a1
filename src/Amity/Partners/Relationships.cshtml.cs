using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Partners;

public sealed class RelationshipsModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage<Relationship>
{
    public override string Title => t["Relationships"];
    public override string NewHref => "/relationships/new";
    public override string ExportName => "relationships";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<RelationshipKind>(t);

    protected override IQueryable<Relationship>? Matching(ListQuery query)
    {
        Headers = ["Parties", "Kind", "Since", "Age", "Status"];
        var kind = query.KindAs<RelationshipKind>(Problems);
        return Problems.Any ? null : RelationshipsApi.Matching(db, query, kind);
    }

    protected override IOrderedQueryable<Relationship> Ordered(IQueryable<Relationship> matching) => matching.LongestStandingFirst();

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        // Only the parties of the relationships shown are named: a national register holds tens of thousands of organizations.
        var tree = await OrganizationTree.LoadAsync(db, [], ct);
        var views = await RelationshipView.QueryAsync(db, r => EF.Parameter(ids).Contains(r.Id), tree, clock.Date(), ct);
        return [.. InOrder(views, ids, r => r.Id).Select(r => new ListRow($"/relationships/{r.Id}/edit",
            [string.Join(" · ", r.Parties.Select(p => p.Name)), t[Show.Words(r.Kind)], Show.Date(r.Since), r.Age is { } a ? t["{0} years", a] : "", t[Show.Words(r.Status)]]))];
    }
}
