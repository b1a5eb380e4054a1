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

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["Engagement", "Date", "Kind", "Place", "Host", "Participants"];
        var kind = query.KindAs<EngagementKind>(Problems);
        if (Problems.Any) return [];
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var ids = await EngagementsApi.Matching(db, query, kind).Select(e => e.Id).ToListAsync(ct);
        var engagements = await EngagementSummary.QueryAsync(db, e => ids.Contains(e.Id), ct);
        return [.. engagements.Select(e => new ListRow($"/engagements/{e.Id}",
            [e.Title ?? t[Show.Words(e.Kind)], Show.Date(e.Date), t[Show.Words(e.Kind)], e.Place ?? "", tree.Name(e.HostOrganizationId),
             string.Join(", ", e.Participants.Select(p => p.Name))]))];
    }
}
