using Amity.Api;
using Amity.Data;
using Amity.Partners;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Agreements;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage
{
    public override string Title => t["Agreements"];
    public override string NewHref => "/agreements/new";
    public override string ExportName => "agreements";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<AgreementKind>(t);

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["Agreement", "Signed", "Status", "Parties", "Commitments done"];
        var kind = query.KindAs<AgreementKind>(Problems);
        if (Problems.Any) return [];
        var tree = await OrganizationTree.LoadAsync(db, ct);
        var ids = await AgreementsApi.Matching(db, query, kind).Select(a => a.Id).ToListAsync(ct);
        var agreements = await AgreementSummary.QueryAsync(db, a => ids.Contains(a.Id), clock.Date(), ct);
        return [.. agreements.Select(a => new ListRow($"/agreements/{a.Id}",
            [a.Title, Show.Date(a.SignedOn), t[Show.Words(a.Status)], string.Join(", ", a.Parties.Select(p => tree.Name(p))), $"{a.Progress.Done}/{a.Progress.Total}"]))];
    }
}
