using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Events;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage<Event>
{
    public override string Title => t["Events"];
    public override string NewHref => "/events/new";
    public override string ExportName => "events";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<EventKind>(t);

    protected override IQueryable<Event>? Matching(ListQuery query)
    {
        Headers = ["Event", "Date", "Kind", "Place", "Status", "Organizations"];
        var kind = query.KindAs<EventKind>(Problems);
        return Problems.Any ? null : EventsApi.Matching(db, query, kind);
    }

    // By date (stored as text that sorts by first day; the API fills it from a start time), undated last.
    protected override IOrderedQueryable<Event> Ordered(IQueryable<Event> matching) => matching.OrderBy(e => e.Date ?? "9999").ThenBy(e => e.Id);

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var events = await EventSummary.QueryAsync(db, e => EF.Parameter(ids).Contains(e.Id), ct);
        var organization = await OrganizationNamesAsync(db, events.SelectMany(e => e.Organizations.Select(o => (int?)o.OrganizationId)), ct);
        return [.. InOrder(events, ids, e => e.Id).Select(e => new ListRow($"/events/{e.Id}",
            [e.Name, e.When is { } w ? Show.Date(w) : "", t[Show.Words(e.Kind)], e.Place ?? "", t[Show.Words(e.Status)],
             string.Join(", ", e.Organizations.Select(o => organization(o.OrganizationId)))]))];
    }
}
