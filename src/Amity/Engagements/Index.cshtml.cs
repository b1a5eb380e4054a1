using Amity.Api;
using Amity.Data;
using Amity.Partners;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Engagements;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage
{
    public override string Title => t["Engagements"];
    public override string NewHref => "/engagements/new";
    public override string ExportName => "engagements";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<EngagementKind>(t);

    private static readonly string[] Columns = ["Engagement", "Date", "Kind", "Place", "Host", "Participants"];

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = Columns;
        var kind = query.KindAs<EngagementKind>(Problems);
        if (Problems.Any) return [];
        return await RowsAsync(await EngagementsApi.Matching(db, query, kind).Select(e => e.Id).ToListAsync(ct), ct);
    }

    // A country's archive holds a million engagements: the page reads its fifty in SQL, newest first as the rows sort.
    protected override async Task<(List<ListRow> Rows, int Total)?> LoadPageAsync(ListQuery query, int page, CancellationToken ct)
    {
        Headers = Columns;
        var kind = query.KindAs<EngagementKind>(Problems);
        if (Problems.Any) return ([], 0);
        var matching = EngagementsApi.Matching(db, query, kind);
        var total = await matching.CountAsync(ct);
        var ids = await matching.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).Select(e => e.Id).ToListAsync(ct);
        return (await RowsAsync(ids, ct), total);
    }

    private async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var engagements = await EngagementSummary.QueryAsync(db, e => EF.Parameter(ids).Contains(e.Id), ct);
        return [.. engagements.Select(e => new ListRow($"/engagements/{e.Id}",
            [e.Title ?? t[Show.Words(e.Kind)], Show.Date(e.Date), t[Show.Words(e.Kind)], e.Place ?? "", tree.Name(e.HostOrganizationId),
             string.Join(", ", e.Participants.Select(p => p.Name))]))];
    }
}
