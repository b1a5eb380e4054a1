using Amity.Api;
using Amity.Data;
using Amity.Partners;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Events;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage
{
    public override string Title => t["Events"];
    public override string NewHref => "/events/new";
    public override string ExportName => "events";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<EventKind>(t);

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["Event", "Date", "Kind", "Place", "Status", "Organizations"];
        var kind = query.KindAs<EventKind>(Problems);
        if (Problems.Any) return [];
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var ids = await EventsApi.Matching(db, query, kind).Select(e => e.Id).ToListAsync(ct);
        var events = await EventSummary.QueryAsync(db, e => ids.Contains(e.Id), ct);
        return [.. events.Select(e => new ListRow($"/events/{e.Id}",
            [e.Name, e.When is { } w ? Show.Date(w) : "", t[Show.Words(e.Kind)], e.Place ?? "", t[Show.Words(e.Status)],
             string.Join(", ", e.Organizations.Select(o => tree.Name(o.OrganizationId)))]))];
    }
}
