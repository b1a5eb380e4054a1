using Amity.Api;
using Amity.Data;
using Amity.Partners;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.People;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage
{
    public override string Title => t["People"];
    public override string NewHref => "/people/new";
    public override string ExportName => "people";
    public override bool HasDates => false;

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["Name", "Native name", "Current posts", "Other names"];
        var today = clock.Date();
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var people = await PeopleApi.Matching(db, query).AsSplitQuery().ToListAsync(ct);
        return [.. people.OrderBy(p => p.Name, Names.Comparer).Select(p => new ListRow($"/people/{p.Id}",
            [p.Name, p.NativeName ?? "",
             string.Join("; ", PeopleApi.Chronological(p.Positions).Where(x => !PartialDate.TryParse(x.To, out var to) || to.Last >= today)
                 .Select(x => x.OrganizationId is null ? x.Title : $"{x.Title}, {tree.Name(x.OrganizationId)}")),
             string.Join(", ", p.Aliases)]))];
    }
}
