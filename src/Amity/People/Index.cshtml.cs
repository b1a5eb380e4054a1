using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.People;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage<Person>
{
    public override string Title => t["People"];
    public override string NewHref => "/people/new";
    public override string ExportName => "people";
    public override bool HasDates => false;

    protected override IQueryable<Person>? Matching(ListQuery query)
    {
        Headers = ["Name", "Native name", "Current posts", "Other names"];
        return PeopleApi.Matching(db, query);
    }

    // Names by their sort key (case and accents ignored, on an index), as Names.Comparer would order them.
    protected override IOrderedQueryable<Person> Ordered(IQueryable<Person> matching) => matching.OrderBy(p => p.SortKey).ThenBy(p => p.Id);

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var today = clock.Date();
        var people = await db.People.AsNoTracking().Include(p => p.Positions).Where(p => EF.Parameter(ids).Contains(p.Id)).AsSplitQuery().ToListAsync(ct);
        var current = people.ToDictionary(p => p.Id, p => PeopleApi.Chronological(p.Positions).Where(x => !PartialDate.TryParse(x.To, out var to) || to.Last >= today).ToList());
        var organization = await OrganizationNamesAsync(db, current.Values.SelectMany(posts => posts.Select(x => x.OrganizationId)), ct);
        return [.. InOrder(people, ids, p => p.Id).Select(p => new ListRow($"/people/{p.Id}",
            [p.Name, p.NativeName ?? "",
             string.Join("; ", current[p.Id].Select(x => x.OrganizationId is null ? x.Title : $"{x.Title}, {organization(x.OrganizationId)}")),
             string.Join(", ", p.Aliases)]))];
    }
}
