using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Engagements;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage<Engagement>
{
    public override string Title => t["Engagements"];
    public override string NewHref => "/engagements/new";
    public override string ExportName => "engagements";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<EngagementKind>(t);

    protected override IQueryable<Engagement>? Matching(ListQuery query)
    {
        Headers = ["Engagement", "Date", "Kind", "Place", "Host", "Participants"];
        var kind = query.KindAs<EngagementKind>(Problems);
        return Problems.Any ? null : EngagementsApi.Matching(db, query, kind);
    }

    // A country's archive holds a million engagements: newest first, on the date index.
    protected override IOrderedQueryable<Engagement> Ordered(IQueryable<Engagement> matching) => matching.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id);

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var engagements = await EngagementSummary.QueryAsync(db, e => EF.Parameter(ids).Contains(e.Id), ct);
        var host = await OrganizationNamesAsync(db, engagements.Select(e => e.HostOrganizationId), ct);
        return [.. InOrder(engagements, ids, e => e.Id).Select(e => new ListRow($"/engagements/{e.Id}",
            [e.Title ?? t[Show.Words(e.Kind)], Show.Date(e.Date), t[Show.Words(e.Kind)], e.Place ?? "", host(e.HostOrganizationId),
             string.Join(", ", e.Participants.Select(p => p.Name))]))];
    }
}
